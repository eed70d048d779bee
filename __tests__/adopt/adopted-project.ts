// The main.ts cr-websocket-adopt prints for the fixtures, as a project: shared by the in-process
// tests of it (adopt-offline.test.ts) and the terraform-backed ones (adopt-offline.e2e.test.ts).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { transformSync } from "esbuild";
import { hermeticEnv } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";
import { FIXTURE_FILES } from "./fixtures";

/** Longest one command (adopt, synth, tf:plan, tf:deploy) may take before it is killed. */
const COMMAND_TIMEOUT_MS = 240_000;

export type Resource = Record<string, unknown>;
export type StackDoc = {
  resource: Record<string, Record<string, Resource>>;
  data: Record<string, Record<string, Resource>>;
  import: { id: string; to: string }[];
};

export function runNode(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: hermeticEnv(env), timeout: COMMAND_TIMEOUT_MS });
}

/**
 * A cdktf project in a temporary folder whose main.ts is what cr-websocket-adopt prints for the
 * fixtures, importing this repository's build/; main.js is its transpiled copy.
 */
export function generatedProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopted-"));
  const adopt = runNode(dir, [
    path.join(ROOT, "build/bin/adopt.js"),
    ...["--trigger", FIXTURE_FILES.trigger, "--registry", FIXTURE_FILES.registry, "--service-account", FIXTURE_FILES.serviceAccount],
    ...["--repository", path.join(ROOT, "build")],
  ]);
  expect(adopt.stderr).toBe("");
  expect(adopt.status).toBe(0);
  fs.writeFileSync(path.join(dir, "main.ts"), adopt.stdout);
  fs.writeFileSync(path.join(dir, "main.js"), transformSync(adopt.stdout, { loader: "ts", format: "cjs" }).code);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node main.js", sendCrashReports: "false" }));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}
