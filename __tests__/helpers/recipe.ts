import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { progress } from "./progress";
import { cleanTempDir } from "./clean-temp";
import { commandLines, docBlocks } from "./readme";
import { ROOT } from "./run-app";
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
    progress(`running ${block.trim().split("\n")[0]}${block.trim().includes("\n") ? " ..." : ""}`);
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

/**
 * Runs a recipe's "Deploy offline" block as written: `cd ../cr-websocket-trigger`, then
 * `npm run tf:validate|tf:plan|tf:deploy -- --project <projectArg>`, in this clone with the project
 * where it lies here; expects each to pass, the deploy to print the URL and no changes after it,
 * and the project to hold no state (the deploy works on a copy).
 */
export function expectOfflineDeployAsWritten(
  machine: RecipeMachine,
  doc: string,
  project: string,
  projectArg: string,
  env: NodeJS.ProcessEnv = {},
): void {
  const [offline] = docBlocks(doc, "Deploy offline", "sh");
  const [cd, ...tf] = commandLines(offline);
  expect(cd).toBe("cd ../cr-websocket-trigger");
  expect(tf.map((line) => line.split(" -- ")[0])).toEqual(["npm run tf:validate", "npm run tf:plan", "npm run tf:deploy"]);
  const [validate, plan, deploy] = tf.map((line) => {
    expect(line).toMatch(new RegExp(` -- --project ${projectArg}$`));
    return machine.sh(line.replace(projectArg, `"${project}"`), ROOT, env).stdout;
  });
  expect(validate).toMatch(/^ok {3}registry-events$/m);
  expect(plan).toMatch(/^registry-events: 5 to create, 0 to update, 0 to replace, 0 to destroy$/m);
  expect(deploy.trim().split("\n").slice(-3)).toEqual([
    "registry-events: deployed",
    expect.stringMatching(/^ {2}websocket_url = "wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/ws"$/),
    "registry-events: no changes after deploy",
  ]);
  expect(fs.readdirSync(project).filter((f) => f.includes("tfstate"))).toEqual([]);
}
