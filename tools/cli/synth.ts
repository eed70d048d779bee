#!/usr/bin/env node
/**
 * `npm run synth`: runs the example app (build/main.js) into a new folder beside cdktf.out (or
 * $CDKTF_OUTDIR) and, only when it succeeds, puts that folder in cdktf.out's place, so a failed
 * synth leaves the previous output as it was. Stacks the app no longer has are gone with it; each
 * remaining stack keeps its `.terraform` folder and lock file. `--help` lists the exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { CliSpec, ExitCode, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "synth",
  command: "npm run synth --",
  summary:
    "Runs the example app (build/main.js) into a new folder beside cdktf.out, or $CDKTF_OUTDIR, and lists the stacks it\n" +
    "wrote. Only a synth that succeeds replaces cdktf.out, keeping each remaining stack's .terraform folder and lock\n" +
    "file; a failed one leaves the previous output as it was.",
  options: {},
  exitCodes: { [ExitCode.OK]: "the stacks were written", [ExitCode.COULD_NOT_RUN]: "the app failed; the previous output is left as it was" },
};

/** What `terraform init` leaves in a stack's folder, which a new synth of the same stack keeps. */
const KEPT_PER_STACK = [".terraform", ".terraform.lock.hcl"];

/**
 * Puts the synth output `staged` in the place of `outdir`: each stack `staged` has takes over the
 * `.terraform` folder and lock file it had in `outdir`, and everything else of `outdir` (the old
 * manifest, stack files, stacks the app no longer has) is removed. `staged` is a sibling of
 * `outdir`, so both renames stay on one file system.
 */
export function replaceSynthOutput(staged: string, outdir: string): void {
  const oldStacks = path.join(outdir, "stacks");
  for (const stack of fs.existsSync(oldStacks) ? fs.readdirSync(oldStacks) : []) {
    const target = path.join(staged, "stacks", stack);
    if (!fs.existsSync(target)) continue;
    for (const name of KEPT_PER_STACK) {
      const from = path.join(oldStacks, stack, name);
      if (fs.existsSync(from) && !fs.existsSync(path.join(target, name))) fs.renameSync(from, path.join(target, name));
    }
  }
  const previous = fs.existsSync(outdir) ? fs.mkdtempSync(`${outdir}.previous-`) : undefined;
  if (previous !== undefined) fs.renameSync(outdir, path.join(previous, "out"));
  fs.renameSync(staged, outdir);
  if (previous !== undefined) fs.rmSync(previous, { recursive: true, force: true });
}

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
