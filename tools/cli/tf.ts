#!/usr/bin/env node
/**
 * `npm run tf:validate` / `npm run tf:plan`: the real terraform validates and plans every stack
 * of the app offline, against the stand-in provider, in a temporary sandbox. `tf:validate` also
 * runs the offline schema check (`npm run check`) on the same stacks: Terraform silently drops an
 * attribute a nested object type does not declare, and that check names it. `--project DIR` works
 * on another cdktf or cdktn project instead of the example app. `--help` lists the
 * exit codes (docs/CLI.md).
 */
import { loadPinnedProviderSchema } from "../../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../../lib/validate";
import { CliSpec, CliValues, errorLines, ExitCode, runCommand, stringValue, stringValues } from "../../lib/private/cli";
import { JsonObject } from "../../lib/validate/values";
import {
  localStatePaths,
  OfflineTerraform,
  EXISTING_OPTION,
  PROJECT_OPTION,
  readExistingFiles,
  resolveProjectDir,
  synthesizeForSandbox,
  terraformVersion,
} from "../offline-provider";

type TfCommand = "validate" | "plan";

const SPEC = (command: TfCommand): CliSpec => ({
  name: `tf:${command}`,
  command: `npm run tf:${command} --`,
  summary:
    command === "validate"
      ? "terraform validate on every stack, offline against the stand-in provider, plus the offline schema check."
      : "terraform plan on every stack, offline against the stand-in provider (stacks that others read are applied in the sandbox).",
  options: {
    project: PROJECT_OPTION,
    ...(command === "plan"
      ? {
          existing: EXISTING_OPTION,
        }
      : {}),
  },
  exitCodes: {
    [ExitCode.OK]: command === "validate" ? "every stack is valid" : "every stack planned",
    [ExitCode.COULD_NOT_RUN]: "no terraform binary on PATH, the app failed to synthesize, or terraform failed",
    ...(command === "validate" ? { [ExitCode.FINDINGS]: "a stack is not valid (its problems printed)" } : {}),
  },
});

function main(command: TfCommand, values: CliValues): number {
  const project = resolveProjectDir(stringValue(values, "project"), `tf:${command}`);
  const version = terraformVersion();
  if (!version) {
    throw new Error("no terraform binary on PATH. Install Terraform (1.5 or later) to validate and plan offline; `npm run check` needs none.");
  }
  process.stderr.write(`terraform ${version}, offline stand-in for yandex-cloud/yandex (it never applies anything to a cloud)\n`);
  const stacks = synthesizeForSandbox(project);
  const existing = readExistingFiles(stringValues(values, "existing"));
  const sandbox = new OfflineTerraform();
  sandbox.setExisting(existing);
  const statePaths = localStatePaths(stacks);
  const needed = new Set(stacks.flatMap((s) => s.dependencies));
  const schema = command === "validate" ? loadPinnedProviderSchema() : undefined;
  let failed = false;
  try {
    for (const stack of stacks) {
      sandbox.writeStack(stack.name, stack.doc, statePaths);
      sandbox.init(stack.name);
      if (schema) {
        const { valid, diagnostics } = sandbox.validate(stack.name);
        // the stand-in reports the provider rules as diagnostics already: list each problem once
        const reported = new Set(diagnostics.map((d) => d.summary));
        const findings = checkTerraformDocument(stack.doc as JsonObject, schema).filter((f) => !reported.has(f.message));
        const ok = valid && findings.length === 0;
        console.log(`${ok ? "ok  " : "FAIL"} ${stack.name}`);
        for (const d of diagnostics)
          console.log(`  ${d.severity}: ${d.summary}${d.detail ? ` — ${d.detail.replace(/\s+/g, " ")}` : ""}${d.address ? ` (${d.address})` : ""}`);
        for (const f of findings) console.log(`  error (offline schema check): ${formatFinding(f)}`);
        failed ||= !ok;
        continue;
      }
      const { summary, changes, planFile } = sandbox.plan(stack.name);
      console.log(
        `${stack.name}: ${summary.create} to create, ${summary.update} to update, ${summary.replace} to replace, ` +
          `${summary.destroy} to destroy${summary.read ? `, ${summary.read} to read` : ""}${summary.import ? `, ${summary.import} to import` : ""}`,
      );
      for (const c of changes.filter((c) => c.actions.includes("delete"))) console.log(`  ${c.actions.join("/")} ${c.address}`);
      for (const c of changes.filter((c) => c.importing !== undefined))
        console.log(`  import ${c.address} from ${JSON.stringify(c.importing)}: ${c.actions.join("/")}`);
      // stacks that read this one's outputs need its state: "apply" it into the sandbox with placeholders
      if (needed.has(stack.name)) sandbox.apply(stack.name, planFile);
    }
  } finally {
    sandbox.dispose();
  }
  return failed ? ExitCode.FINDINGS : ExitCode.OK;
}

const command = process.argv[2];
if (command === "validate" || command === "plan") {
  void runCommand(SPEC(command), process.argv.slice(3), (line) => main(command, line.values));
} else {
  process.stderr.write(
    errorLines({ name: "tf" }, `unknown command ${JSON.stringify(command ?? "")}; use validate or plan (npm run tf:validate / tf:plan)`),
  );
  process.exitCode = ExitCode.USAGE;
}
