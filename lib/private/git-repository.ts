import { spawnSync } from "child_process";

/**
 * Fails with one plain sentence when `dir` is not inside a git work tree (or git is missing), so a
 * command that compares with a git ref never shows git's own failure output.
 */
export function requireGitWorkTree(dir: string): void {
  const run = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: dir, encoding: "utf8" });
  if (run.error !== undefined) throw new Error(`git could not be started (${run.error.message}); install git to compare with a git ref`);
  if (run.status !== 0 || run.stdout.trim() !== "true") {
    throw new Error(`${dir} is not in a git repository: the diff compares with a git ref, so run it in a clone of the project`);
  }
}
