import { execSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** One stack of a synthesized app, as cdktf wrote it. */
export interface SynthesizedStackFile {
  readonly name: string;
  /** Path of its `cdk.tf.json`. */
  readonly file: string;
  /** The file's text. */
  readonly text: string;
  /** Stacks it reads outputs from (cross-stack references). */
  readonly dependencies: string[];
}

interface Manifest {
  readonly stacks: Record<string, { readonly synthesizedStackPath: string; readonly dependencies?: string[] }>;
}

/** Every stack listed in `manifest.json` of a cdktf outdir; fails when the app was not synthesized there. */
export function readSynthesizedStacks(outdir: string): SynthesizedStackFile[] {
  const manifestFile = path.join(outdir, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new Error(`${outdir} is not a synth output: it has no manifest.json (synthesize the app first)`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  return Object.entries(manifest.stacks).map(([name, entry]) => {
    const file = path.join(outdir, entry.synthesizedStackPath);
    return { name, file, text: fs.readFileSync(file, "utf8"), dependencies: entry.dependencies ?? [] };
  });
}

/**
 * Runs the project's app (the `app` command of its cdktf.json) in `projectDir` into a temporary
 * outdir with the given environment, and returns its stacks; the outdir is removed afterwards.
 */
export function synthesizeApp(projectDir: string, env: NodeJS.ProcessEnv = process.env): SynthesizedStackFile[] {
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, "cdktf.json"), "utf8")) as { app: string };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "app-synth-"));
  try {
    execSync(config.app, { cwd: projectDir, stdio: ["ignore", "ignore", "pipe"], env: { ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" } });
    return readSynthesizedStacks(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
