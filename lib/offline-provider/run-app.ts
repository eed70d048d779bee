import { execSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { RemoteStateEnv } from "../remote-state";

/** One synthesized stack: its document and the stacks it reads outputs from. */
export interface SynthesizedStackFile {
  readonly name: string;
  readonly doc: Record<string, unknown>;
  readonly dependencies: string[];
}

/**
 * Runs the project's app (cdktf.json `app`) in `projectDir` into a temporary outdir, with the
 * remote-state variables removed so every stack uses a local backend, and returns the stacks in
 * dependency order (a stack after those it reads from).
 */
export function synthesizeForSandbox(projectDir: string): SynthesizedStackFile[] {
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, "cdktf.json"), "utf8")) as { app: string };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-synth-"));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" };
    for (const name of Object.values(RemoteStateEnv)) delete env[name];
    execSync(config.app, { cwd: projectDir, env, stdio: ["ignore", "ignore", "inherit"] });
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { synthesizedStackPath: string; dependencies: string[] }>;
    };
    const stacks = Object.entries(manifest.stacks).map(([name, s]) => ({
      name,
      doc: JSON.parse(fs.readFileSync(path.join(outdir, s.synthesizedStackPath), "utf8")) as Record<string, unknown>,
      dependencies: s.dependencies ?? [],
    }));
    return dependencyOrder(stacks);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function dependencyOrder(stacks: SynthesizedStackFile[]): SynthesizedStackFile[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const done = new Set<string>();
  const out: SynthesizedStackFile[] = [];
  const visit = (s: SynthesizedStackFile) => {
    if (done.has(s.name)) return;
    done.add(s.name);
    for (const d of s.dependencies) if (byName.has(d)) visit(byName.get(d)!);
    out.push(s);
  };
  for (const s of [...stacks].sort((a, b) => a.name.localeCompare(b.name))) visit(s);
  return out;
}

/** The local state path each stack's backend names, mapped to the stack: how cross-stack reads find their producer. */
export function localStatePaths(stacks: SynthesizedStackFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of stacks) {
    const backend = (s.doc.terraform as { backend?: { local?: { path?: string } } } | undefined)?.backend?.local?.path;
    if (backend) out[backend] = s.name;
  }
  return out;
}
