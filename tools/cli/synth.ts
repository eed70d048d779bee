#!/usr/bin/env node
/**
 * `npm run synth`: runs the example app (build/main.js) into a new folder beside cdktf.out (or
 * $CDKTF_OUTDIR) and, only when it succeeds, puts that folder in cdktf.out's place, so a failed
 * synth leaves the previous output as it was. Stacks the app no longer has are gone with it; each
 * remaining stack keeps its `.terraform` folder and lock file, moved over once the new output is in
 * place (tools/synth/replace-output.ts). `--help` lists the exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { CliSpec, ExitCode, runCommand } from "../../lib/private/cli";
import { replaceSynthOutput } from "../synth/replace-output";

const SPEC: CliSpec = {
  name: "synth",
  command: "npm run synth --",
  summary:
    "Runs the example app (build/main.js) into a new folder beside cdktf.out, or $CDKTF_OUTDIR, and lists the stacks it\n" +
    "wrote. Only a synth that succeeds replaces cdktf.out, keeping each remaining stack's .terraform folder and lock\n" +
    "file; a failed one leaves the previous output as it was.",
  options: {},
  exitCodes: {
    [ExitCode.OK]: "the stacks were written",
    [ExitCode.COULD_NOT_RUN]: "the app failed, or its output could not be put in place; stderr says where the previous output is",
  },
};

// relative to the project when inside it (cdktf.out/...), else absolute
const shown = (file: string) => (path.resolve(file).startsWith(process.cwd() + path.sep) ? path.relative(process.cwd(), file) : path.resolve(file));

function main(): number {
  const outdir = path.resolve(process.env.CDKTF_OUTDIR ?? "cdktf.out");
  fs.mkdirSync(path.dirname(outdir), { recursive: true });
  // beside outdir, at the same depth: relative paths the app writes (a local state file) come out the same
  const staged = fs.mkdtempSync(`${outdir}.synth-`);
  try {
    process.env.CDKTF_OUTDIR = staged;
    try {
      // in-process, which saves a Node start; the app is built CommonJS found at run time
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.resolve("build/main.js"));
      readSynthesizedStacks(staged);
    } catch (e) {
      const kept = fs.existsSync(path.join(outdir, "manifest.json"))
        ? `${shown(outdir)} still holds the previous synth, unchanged`
        : `nothing was written to ${shown(outdir)}`;
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nthe synth failed: ${kept}`, { cause: e });
    }
    replaceSynthOutput(staged, outdir);
  } finally {
    fs.rmSync(staged, { recursive: true, force: true });
  }
  const stacks = readSynthesizedStacks(outdir);
  console.log(`Wrote ${stacks.length} stack${stacks.length === 1 ? "" : "s"} to ${shown(outdir)}: ${stacks.map((s) => s.name).join(", ")}`);
  for (const s of stacks) console.log(`  ${shown(s.file)}`);
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
