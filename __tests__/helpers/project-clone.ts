import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { git, GIT_TIMEOUT_MS, hermeticEnv, tempDir } from "./hermetic";
import { ROOT } from "./run-app";

/** Longest a build or a CLI run in a clone may take before it is killed. */
export const CLONE_CHILD_TIMEOUT_MS = 90_000;

/** Longer than making a clone may take: six git runs and a build. */
export const CLONE_TIMEOUT_MS = 6 * GIT_TIMEOUT_MS + CLONE_CHILD_TIMEOUT_MS;

/**
 * A clone of the project in a {@link tempDir} (removed by `removeTempDirs`), with this checkout's
 * node_modules: a "base" commit holding the working tree as it is (tracked and untracked files,
 * ignored ones left out), then main.ts changed by `edit` and committed, then built to build/.
 */
export function cloneWithCommit(edit: (main: string) => string): string {
  const dir = tempDir("diff-e2e-");
  git(path.dirname(dir), "clone", "--quiet", "--no-local", ROOT, dir);
  const files = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(ROOT, f))) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  git(dir, "add", "-A");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "base");
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const main = path.join(dir, "main.ts");
  fs.writeFileSync(main, edit(fs.readFileSync(main, "utf8")));
  git(dir, "commit", "--quiet", "-am", "change");
  const build = spawnSync(process.execPath, ["tools/build.mjs"], { cwd: dir, env: hermeticEnv(), encoding: "utf8", timeout: CLONE_CHILD_TIMEOUT_MS });
  if (build.status !== 0) throw new Error(`tools/build.mjs failed in the clone:\n${build.stderr}`);
  return dir;
}

/** Runs a built CLI (`build/...js`) in `dir` with the hermetic environment, killed after `timeout` ms. */
export function runBuilt(dir: string, script: string, args: string[], timeout = CLONE_CHILD_TIMEOUT_MS) {
  return spawnSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8", env: hermeticEnv(), timeout });
}
