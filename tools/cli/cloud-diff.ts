#!/usr/bin/env node
/**
 * `npm run diff:cloud [-- <stack>...]`: `cdktf diff` takes exactly one stack, so this synthesizes
 * once and runs `cdktf diff <stack> --skip-synth` for each given stack (default: every stack, each
 * after the stacks it reads from). Needs credentials, as `cdktf diff` does.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { cdktfCliPath, dependencyOrder } from "../offline-provider";

const HELP = `usage: npm run diff:cloud [-- <stack>...]

Synthesizes the app once (cdktf synth), then runs \`cdktf diff <stack> --skip-synth\` for each given
stack, or for every stack of the app in dependency order. Credentials and state as for cdktf diff.

Exit codes:
  0  every diff ran
  1  synth or a diff failed, or bad arguments
`;

function cdktf(args: string[]): number {
  const run = spawnSync(process.execPath, [cdktfCliPath(), ...args], { stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return run.status ?? 1;
}

function main(argv: string[]): number {
  let stacks: string[];
  try {
    const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { help: { type: "boolean" } } });
    if (values.help) {
      process.stdout.write(HELP);
      return 0;
    }
    stacks = positionals;
  } catch (e) {
    process.stderr.write(`diff:cloud: ${(e as Error).message}\n\n${HELP}`);
    return 1;
  }
  if (cdktf(["synth"]) !== 0) return 1;
  const config = JSON.parse(fs.readFileSync("cdktf.json", "utf8")) as { output?: string };
  const synthesized = dependencyOrder(readSynthesizedStacks(path.resolve(config.output ?? "cdktf.out"))).map((s) => s.name);
  const unknown = stacks.filter((s) => !synthesized.includes(s));
  if (unknown.length > 0) {
    process.stderr.write(`diff:cloud: no stack ${unknown.map((s) => `"${s}"`).join(", ")} in the app; stacks: ${synthesized.join(", ")}\n`);
    return 1;
  }
  const failed = (stacks.length > 0 ? stacks : synthesized).filter((stack) => cdktf(["diff", stack, "--skip-synth"]) !== 0);
  if (failed.length > 0) process.stderr.write(`diff:cloud: cdktf diff failed for ${failed.join(", ")}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
