import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hermeticEnv } from "./hermetic";

export const ROOT = path.resolve(__dirname, "../..");

/** Longest one run of the example app may take before it is killed. */
export const APP_TIMEOUT_MS = 60_000;

/** What one run of the example app wrote: stack name → parsed cdk.tf.json, plus the raw text of every file. */
export interface AppRun {
  readonly stacks: Record<string, Record<string, unknown>>;
  readonly files: Record<string, string>;
}

/**
 * Runs the example app (built to build/ by the jest global setup) the way `npm run synth` does, into a temporary outdir, with
 * the project's own `CR_WS_*` variables cleared and `env` set; returns everything it wrote.
 */
export function runExampleApp(env: Record<string, string> = {}): AppRun {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"));
  try {
    execFileSync(process.execPath, ["build/main.js"], {
      cwd: ROOT,
      stdio: "pipe",
      env: hermeticEnv({ ...env, CDKTF_OUTDIR: outdir }),
      timeout: APP_TIMEOUT_MS,
    });
    const files: Record<string, string> = {};
    const walk = (dir: string): void => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else files[path.relative(outdir, full)] = fs.readFileSync(full, "utf8");
      }
    };
    walk(outdir);
    const stacks = Object.fromEntries(
      Object.entries(files)
        .filter(([f]) => f.endsWith("cdk.tf.json"))
        .map(([f, text]) => [path.basename(path.dirname(f)), JSON.parse(text) as Record<string, unknown>]),
    );
    return { stacks, files };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
