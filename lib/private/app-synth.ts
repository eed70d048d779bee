import { spawnSync } from "child_process";
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
 * What an app that failed died of, from its stderr: the thrown error's first line and the rest of
 * its message (a PropValidationError lists one problem a line), without the source excerpt
 * Node prints before it, the stack frames, the error's own fields and Node's version line after it.
 * A stderr with no stack frames is returned as it is, trimmed.
 */
export function appFailure(stderr: string): string {
  const lines = stderr.split("\n");
  const firstFrame = lines.findIndex((l) => /^\s+at \S/.test(l));
  if (firstFrame === -1) return stderr.trim();
  // the message starts at its "<Name>Error: " line, the last one above the first frame
  let start = firstFrame - 1;
  while (start > 0 && !/^[\w$.]*(Error|Exception)\b[^:]*: /.test(lines[start])) start--;
  return lines.slice(Math.max(start, 0), firstFrame).join("\n").trim();
}

/**
 * Runs the project's app (the `app` command of its cdktf.json) in `projectDir` into a temporary
 * outdir with the given environment, and returns its stacks; the outdir is removed afterwards.
 * When the app fails, the error says so with the app's own error message, without a stack trace.
 */
export function synthesizeApp(projectDir: string, env: NodeJS.ProcessEnv = process.env): SynthesizedStackFile[] {
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, "cdktf.json"), "utf8")) as { app: string };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "app-synth-"));
  try {
    const run = spawnSync(config.app, {
      cwd: projectDir,
      shell: true,
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      maxBuffer: 1 << 26,
      env: { ...env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" },
    });
    if (run.error !== undefined) throw new Error(`the app (${config.app}) could not be started: ${run.error.message}`);
    if (run.status !== 0) {
      const ended = run.status === null ? `was killed (${run.signal})` : `failed (exit ${run.status})`;
      const why = appFailure(run.stderr);
      throw new Error(`the app (${config.app}) ${ended}${why === "" ? "" : `:\n${why}`}`);
    }
    return readSynthesizedStacks(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}
