import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanTempDir } from "./clean-temp";
import { freshNpmEnv, packedTarball } from "./packed-tarball";

/** Longest one shell block of a recipe (an npm install, a deploy) may take before it is killed. */
export const RECIPE_STEP_TIMEOUT_MS = 300_000;

/** What one shell block printed. */
export interface StepOutput {
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * A new user's machine for a doc's recipe (docs/OWN-STACK.md, docs/CDK-TERRAIN.md): a folder with
 * no node_modules above it, holding a new empty HOME, npm cache and TMPDIR (so ts-node's cache and
 * npm's scratch files leave with it) and `cr-websocket-trigger/` with the tarball the e2e tier
 * packed, where a clone of this repository would hold it after `npm pack`.
 */
export class RecipeMachine {
  /** The folder the recipe starts in: the clone's parent. */
  public readonly root: string;
  /** The environment every step runs with. */
  public readonly env: NodeJS.ProcessEnv;
  /** The packed tarball's file name (`cr-websocket-trigger-<version>.tgz`). */
  public readonly tarballName: string;

  public constructor(prefix: string) {
    this.root = cleanTempDir(prefix);
    this.env = freshNpmEnv(path.join(this.root, "home"), path.join(this.root, "npm-cache"), { TMPDIR: path.join(this.root, "tmp") });
    fs.mkdirSync(this.env.HOME!);
    fs.mkdirSync(this.env.TMPDIR!);
    const { tarball } = packedTarball();
    this.tarballName = path.basename(tarball);
    fs.mkdirSync(path.join(this.root, "cr-websocket-trigger"));
    fs.copyFileSync(tarball, path.join(this.root, "cr-websocket-trigger", this.tarballName));
  }

  /** Runs a shell block as one script (`cd` carries to the next line), stopping at the first failing command; throws with its output. */
  public sh(block: string, cwd: string, env: NodeJS.ProcessEnv = {}): StepOutput {
    const run = spawnSync("/bin/sh", ["-ec", block], {
      cwd,
      env: { ...this.env, ...env },
      encoding: "utf8",
      maxBuffer: 1 << 28,
      timeout: RECIPE_STEP_TIMEOUT_MS,
    });
    if (run.status !== 0)
      throw new Error(`this block failed (exit ${run.status ?? run.signal}):\n${block}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
    return { stdout: run.stdout, stderr: run.stderr };
  }

  /** Writes `files` (name → text) into `dir`. */
  public write(dir: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  }

  /** Removes the machine's folder. */
  public dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
