import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");

/** What one run of the example app wrote: stack name → parsed cdk.tf.json, plus the raw text of every file. */
export interface AppRun {
  readonly stacks: Record<string, Record<string, unknown>>;
  readonly files: Record<string, string>;
}

/**
 * Runs the example app (built to build/ by the jest global setup) the way `npm run synth` does, into a temporary outdir, with
 * extra environment variables; returns everything it wrote.
 */
export function runExampleApp(env: Record<string, string> = {}): AppRun {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-"));
  try {
    execFileSync(process.execPath, ["build/main.js"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, ...env, CDKTF_OUTDIR: outdir } });
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
