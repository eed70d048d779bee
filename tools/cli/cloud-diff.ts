#!/usr/bin/env node
/**
 * `npm run diff:cloud [-- <stack>...]`: `cdktf diff` takes exactly one stack, so this synthesizes
 * once and runs `cdktf diff <stack> --skip-synth` for each given stack (default: every stack, each
 * after the stacks it reads from). Needs credentials, as `cdktf diff` does.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { CliSpec, CommandLine, ExitCode, runCommand } from "../../lib/private/cli";
import { cdktfCliPath, dependencyOrder } from "../offline-provider";

const SPEC: CliSpec = {
  name: "diff:cloud",
  command: "npm run diff:cloud --",
  summary:
    "Synthesizes the app once (cdktf synth), then runs `cdktf diff <stack> --skip-synth` for each given stack, or for\n" +
    "every stack of the app in dependency order. Credentials and state as for cdktf diff.",
  positionals: { name: "STACK...", description: "the stacks to diff (default: every stack)" },
  options: {},
  exitCodes: { [ExitCode.OK]: "every diff ran", [ExitCode.COULD_NOT_RUN]: "synth or a diff failed, or the app has no such stack" },
};

function cdktf(args: string[]): number {
  const run = spawnSync(process.execPath, [cdktfCliPath(), ...args], { stdio: "inherit", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  return run.status ?? 1;
}

function main({ positionals: stacks }: CommandLine): number {
  if (cdktf(["synth"]) !== 0) throw new Error("cdktf synth failed");
  const config = JSON.parse(fs.readFileSync("cdktf.json", "utf8")) as { output?: string };
  const synthesized = dependencyOrder(readSynthesizedStacks(path.resolve(config.output ?? "cdktf.out"))).map((s) => s.name);
  const unknown = stacks.filter((s) => !synthesized.includes(s));
  if (unknown.length > 0) throw new Error(`no stack ${unknown.map((s) => `"${s}"`).join(", ")} in the app; stacks: ${synthesized.join(", ")}`);
  const failed = (stacks.length > 0 ? stacks : synthesized).filter((stack) => cdktf(["diff", stack, "--skip-synth"]) !== 0);
  if (failed.length > 0) throw new Error(`cdktf diff failed for ${failed.join(", ")}`);
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
