import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** Prefix of the environment variables the project itself reads (main.ts, remote state). */
const PROJECT_ENV_PREFIX = "CR_WS_";

/**
 * Git settings every git run in tests gets, through the environment so that the git a CLI under
 * test starts gets them too: no global or system config (no signing, no hooks, no templates, no
 * aliases), a fixed identity and date.
 */
export const HERMETIC_GIT_ENV: Readonly<Record<string, string>> = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_COUNT: "3",
  GIT_CONFIG_KEY_0: "commit.gpgsign",
  GIT_CONFIG_VALUE_0: "false",
  GIT_CONFIG_KEY_1: "tag.gpgsign",
  GIT_CONFIG_VALUE_1: "false",
  GIT_CONFIG_KEY_2: "core.hooksPath",
  GIT_CONFIG_VALUE_2: "/dev/null",
  GIT_AUTHOR_NAME: "ci",
  GIT_AUTHOR_EMAIL: "ci@example.invalid",
  GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
  GIT_COMMITTER_NAME: "ci",
  GIT_COMMITTER_EMAIL: "ci@example.invalid",
  GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
  GIT_TERMINAL_PROMPT: "0",
};

/**
 * The environment for a child process in a test: this process's, without the project's own
 * `CR_WS_*` variables and any `GIT_*` variable, with git fixed by {@link HERMETIC_GIT_ENV}, then `extra`.
 */
export function hermeticEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith(PROJECT_ENV_PREFIX) && !key.startsWith("GIT_")) env[key] = value;
  }
  return { ...env, ...HERMETIC_GIT_ENV, CHECKPOINT_DISABLE: "1", ...extra };
}

/** Longest a git run in tests may take before it is killed. */
export const GIT_TIMEOUT_MS = 30_000;

/** Runs git with the hermetic environment and, belt and braces, `-c` flags that switch signing and hooks off; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "commit.gpgsign=false", "-c", "core.hooksPath=/dev/null", ...args], {
    cwd,
    encoding: "utf8",
    env: hermeticEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    timeout: GIT_TIMEOUT_MS,
  });
}

const created: string[] = [];

/** A new empty directory under the OS temp dir, removed by the next {@link removeTempDirs}. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** Removes every directory {@link tempDir} made so far; call it from `afterEach` or `afterAll`. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs `body` with a new temporary directory that is removed afterwards, even when `body` throws. */
export function withTempDir<T>(prefix: string, body: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return body(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const NOT_SNAPSHOTTED = ["node_modules", ".git", ".stryker-tmp"];

/**
 * Every file under `root` with the SHA-256 of its content (a symlink: its target), ignored folders
 * included, except `node_modules`, git's own database (`.git`, which a concurrent `git status` may
 * legitimately refresh) and `.stryker-tmp` (the sandboxes of a mutation run going on beside the
 * tests). Compare two snapshots to prove a run wrote nothing into the tree.
 */
export function treeSnapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (NOT_SNAPSHOTTED.includes(rel)) continue;
      if (entry.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(full)}`;
      else if (entry.isDirectory()) walk(full);
      else out[rel] = createHash("sha256").update(fs.readFileSync(full)).digest("hex");
    }
  };
  walk(root);
  return out;
}
