import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { synthesizeApp } from "../private/app-synth";
import { StackDocument } from "./compare";

/** Placeholder for the project directory in synthesized paths, so base and head compare equal. */
const PROJECT = "<project>";

/**
 * Synthesizes the project in `dir` and returns every stack, with `dir` replaced by a placeholder
 * in all strings (local backend and cross-stack state paths are absolute).
 */
export function synthesizeProject(dir: string): Record<string, StackDocument> {
  const real = fs.realpathSync(dir);
  return Object.fromEntries(
    synthesizeApp(dir).map(({ name, text }) => [name, JSON.parse(text.split(real).join(PROJECT).split(dir).join(PROJECT)) as StackDocument]),
  );
}

/**
 * Synthesizes the project as it is at git `ref` of the repository in `repoDir`: checks the ref
 * out in a temporary worktree, reuses `repoDir`'s node_modules when the lock files match (else
 * runs `npm ci` there), synthesizes, and removes the worktree.
 */
export function synthesizeAtRef(repoDir: string, ref: string): Record<string, StackDocument> {
  const git = (args: string[], cwd = repoDir) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const top = git(["rev-parse", "--show-toplevel"]);
  const sha = resolveCommit(repoDir, ref);
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), "review-base-"));
  git(["worktree", "add", "--detach", tree, sha], top);
  try {
    const lock = (d: string) => (fs.existsSync(path.join(d, "package-lock.json")) ? fs.readFileSync(path.join(d, "package-lock.json"), "utf8") : "");
    if (lock(tree) === lock(top) && fs.existsSync(path.join(top, "node_modules"))) {
      fs.symlinkSync(path.join(top, "node_modules"), path.join(tree, "node_modules"), "dir");
    } else {
      execFileSync("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: tree, stdio: "ignore" });
    }
    return synthesizeProject(path.join(tree, path.relative(top, repoDir)));
  } finally {
    git(["worktree", "remove", "--force", tree], top);
    fs.rmSync(tree, { recursive: true, force: true });
  }
}

/** The commit `ref` names in the repository at `repoDir`; fails with "no such git ref" when it names none. */
export function resolveCommit(repoDir: string, ref: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], {
      cwd: repoDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch {
    throw new Error(`no such git ref: ${JSON.stringify(ref)} names no commit in ${repoDir}`);
  }
}

/** Both sides of a review: the app at `ref` and in the working tree of `repoDir`. */
export function synthesizeBothSides(repoDir: string, ref: string): { before: Record<string, StackDocument>; after: Record<string, StackDocument> } {
  return { before: synthesizeAtRef(repoDir, ref), after: synthesizeProject(repoDir) };
}
