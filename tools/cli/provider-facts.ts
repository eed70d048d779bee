#!/usr/bin/env node
/**
 * Maintainer tool: regenerates lib/validate/provider-plan-facts.ts, the plan facts (flags and plan
 * modifiers) of the provider's resource types, from the provider's own source through
 * tools/provider-oracle. Needs Go and the Go module proxy (the provider's source only, not its build).
 *
 *   npm run provider:facts                 rewrite the module
 *   npm run provider:facts -- --check      fail when it is stale
 */
import * as fs from "fs";
import * as path from "path";
import { CliSpec, CommandLine, ExitCode, runCommand } from "../../lib/private/cli";
import { readProviderSchema } from "../provider-oracle/oracle";
import { format, resolveConfig } from "prettier";
import { PLAN_FACTS_FILE, planFactsModule } from "../provider-oracle/plan-facts";

const SPEC: CliSpec = {
  name: "provider:facts",
  command: "npm run provider:facts --",
  summary: `Regenerates ${PLAN_FACTS_FILE} from the provider's source, read by tools/provider-oracle (needs Go).`,
  options: { check: { type: "boolean", description: "compare with the committed module instead of rewriting it" } },
  exitCodes: {
    [ExitCode.OK]: "the module is current (with --check) or was written",
    [ExitCode.CHANGES]: "the module differs from the provider's source (--check); run without --check and commit it",
  },
};

async function main({ values }: CommandLine): Promise<number> {
  const root = process.cwd();
  const file = path.join(root, PLAN_FACTS_FILE);
  const config = (await resolveConfig(file)) ?? {};
  const source = await format(planFactsModule(readProviderSchema()), { ...config, filepath: file });
  if (values.check !== true) {
    fs.writeFileSync(file, source);
    return ExitCode.OK;
  }
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current === source) return ExitCode.OK;
  process.stderr.write(`provider:facts: ${PLAN_FACTS_FILE} differs from the provider's source; regenerate it.\n`);
  return ExitCode.CHANGES;
}

void runCommand(SPEC, process.argv.slice(2), main);
