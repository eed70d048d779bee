#!/usr/bin/env node
/**
 * `npm run synth`: runs the example app (build/main.js) into cdktf.out (or $CDKTF_OUTDIR) and says
 * what it wrote. The previous run's manifest and stack files are removed first, so a failed synth
 * leaves no stacks that look current; each stack's `.terraform` and lock file stay. `--help` lists the exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { CliSpec, ExitCode, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "synth",
  command: "npm run synth --",
  summary:
    "Runs the example app (build/main.js) into cdktf.out, or $CDKTF_OUTDIR, and lists the stacks it wrote. The previous\n" +
    "run's manifest and stack files are removed first; each stack's .terraform folder and lock file stay.",
  options: {},
  exitCodes: { [ExitCode.OK]: "the stacks were written", [ExitCode.COULD_NOT_RUN]: "the app failed" },
};

/** Removes `manifest.json` and every `stacks/<stack>/cdk.tf.json` under `outdir`, nothing else. */
export function clearSynthesizedStacks(outdir: string): void {
  fs.rmSync(path.join(outdir, "manifest.json"), { force: true });
  const stacks = path.join(outdir, "stacks");
  if (!fs.existsSync(stacks)) return;
  for (const stack of fs.readdirSync(stacks)) fs.rmSync(path.join(stacks, stack, "cdk.tf.json"), { force: true });
}

function main(): number {
  const outdir = process.env.CDKTF_OUTDIR ?? "cdktf.out";
  clearSynthesizedStacks(outdir);
  // in-process, which saves a Node start; the app is built CommonJS found at run time
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.resolve("build/main.js"));
  const stacks = readSynthesizedStacks(outdir);
  // relative to the project when inside it (cdktf.out/...), else absolute
  const shown = (file: string) => (path.resolve(file).startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : path.resolve(file));
  console.log(`Wrote ${stacks.length} stack${stacks.length === 1 ? "" : "s"} to ${shown(outdir)}: ${stacks.map((s) => s.name).join(", ")}`);
  for (const s of stacks) console.log(`  ${shown(s.file)}`);
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
