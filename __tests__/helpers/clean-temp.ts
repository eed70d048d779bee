import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The nearest `node_modules` folder in `dir` or any folder above it, or undefined. Node, npm and
 * TypeScript resolve a package a project lacks from such a folder, so a project made below one is
 * not the fresh project a user has.
 */
export function nodeModulesAbove(dir: string): string | undefined {
  for (let d = fs.realpathSync(dir); ; d = path.dirname(d)) {
    const candidate = path.join(d, "node_modules");
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Where {@link cleanTempBase} looks, in order: `$TMPDIR` (os.tmpdir()), then the usual system temp folders. */
export const TEMP_CANDIDATES: readonly string[] = [os.tmpdir(), "/tmp", "/var/tmp"];

/**
 * The first of `candidates` that exists and has no `node_modules` in it or above it: `$TMPDIR`
 * unless a `node_modules` lies above it. Fails, naming each candidate's `node_modules`, when none is clean.
 */
export function cleanTempBase(candidates: readonly string[] = TEMP_CANDIDATES): string {
  const found: string[] = [];
  for (const candidate of candidates) {
    if (!fs.existsSync(candidate)) continue;
    const modules = nodeModulesAbove(candidate);
    if (modules === undefined) return candidate;
    found.push(`${candidate} (below ${modules})`);
  }
  throw new Error(
    `no temporary folder without a node_modules folder above it: ${found.join(", ")}. ` +
      "Projects made there would resolve packages from it; set TMPDIR to a folder with no node_modules above it.",
  );
}

/**
 * A new empty folder for a test project, in {@link cleanTempBase}: immune to a `node_modules` above
 * `$TMPDIR`. The caller removes it.
 */
export function cleanTempDir(prefix: string, candidates: readonly string[] = TEMP_CANDIDATES): string {
  return fs.mkdtempSync(path.join(cleanTempBase(candidates), prefix));
}
