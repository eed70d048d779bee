import * as fs from "fs";
import * as path from "path";

/** What `terraform init` leaves in a stack's folder, which a new synth of the same stack keeps. */
const KEPT_PER_STACK = [".terraform", ".terraform.lock.hcl"];

/** The one file-system call that moves outputs around; a test passes one that fails to see what each failure leaves. */
export interface OutputMoves {
  /** Moves `from` to `to` within one file system, as `fs.renameSync` does. */
  readonly rename: (from: string, to: string) => void;
}

const FS_MOVES: OutputMoves = { rename: fs.renameSync };

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Puts the synth output `staged` in the place of `outdir`, then moves into each stack `staged` has
 * the `.terraform` folder and lock file it had in `outdir`; everything else of `outdir` (the old
 * manifest, stack files, stacks the app no longer has) is removed. Until the swap succeeds `outdir`
 * is as it was; after it, a `.terraform` folder or lock file that cannot be moved stays in the
 * previous output, which is then kept and named in the error. `staged` is a sibling of `outdir`, so
 * every rename stays on one file system.
 */
export function replaceSynthOutput(staged: string, outdir: string, moves: OutputMoves = FS_MOVES): void {
  if (!fs.existsSync(outdir)) {
    moves.rename(staged, outdir);
    return;
  }
  const holder = fs.mkdtempSync(`${outdir}.previous-`);
  const previous = path.join(holder, "out");
  try {
    moves.rename(outdir, previous);
  } catch (e) {
    // not recursive: should the rename have moved anything, this fails instead of deleting it
    fs.rmdirSync(holder);
    throw new Error(`could not move ${outdir} aside (${reason(e)}): it is left as it was`, { cause: e });
  }
  try {
    moves.rename(staged, outdir);
  } catch (e) {
    try {
      moves.rename(previous, outdir);
    } catch (restore) {
      throw new Error(
        `could not put the new synth in place of ${outdir} (${reason(e)}) nor the previous output back (${reason(restore)}): ` +
          `the previous output is in ${previous}`,
        { cause: restore },
      );
    }
    fs.rmdirSync(holder);
    throw new Error(`could not put the new synth in place of ${outdir} (${reason(e)}): the previous output is left as it was`, { cause: e });
  }
  const stranded = carryOverTerraformFiles(previous, outdir, moves);
  if (stranded.length > 0) {
    throw new Error(
      `the new synth is in ${outdir}, but what terraform init left could not be moved into it and is still in ${previous}: ` +
        `${stranded.join(", ")}; move it into ${outdir} or run terraform init again`,
    );
  }
  fs.rmSync(holder, { recursive: true, force: true });
}

/** Moves each kept file of a stack that `outdir` still has from `previous`; returns those that could not be moved. */
function carryOverTerraformFiles(previous: string, outdir: string, moves: OutputMoves): string[] {
  const stranded: string[] = [];
  const oldStacks = path.join(previous, "stacks");
  for (const stack of fs.existsSync(oldStacks) ? fs.readdirSync(oldStacks) : []) {
    const target = path.join(outdir, "stacks", stack);
    if (!fs.existsSync(target)) continue;
    for (const name of KEPT_PER_STACK) {
      const from = path.join(oldStacks, stack, name);
      if (!fs.existsSync(from) || fs.existsSync(path.join(target, name))) continue;
      try {
        moves.rename(from, path.join(target, name));
      } catch (e) {
        stranded.push(`${path.join("stacks", stack, name)} (${reason(e)})`);
      }
    }
  }
  return stranded;
}
