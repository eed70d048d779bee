import { synthesizeApp } from "../../lib/private/app-synth";
import { RemoteStateEnv } from "../../lib/remote-state";

/** One synthesized stack: its document and the stacks it reads outputs from. */
export interface SandboxStack {
  readonly name: string;
  readonly doc: Record<string, unknown>;
  readonly dependencies: string[];
}

/**
 * Synthesizes the project in `projectDir` with the remote-state variables removed, so every
 * stack uses a local backend, and returns the stacks in dependency order (a stack after those
 * it reads from).
 */
export function synthesizeForSandbox(projectDir: string): SandboxStack[] {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.values(RemoteStateEnv)) delete env[name];
  return dependencyOrder(
    synthesizeApp(projectDir, env).map(({ name, text, dependencies }) => ({ name, doc: JSON.parse(text) as Record<string, unknown>, dependencies })),
  );
}

function dependencyOrder(stacks: SandboxStack[]): SandboxStack[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const done = new Set<string>();
  const out: SandboxStack[] = [];
  const visit = (s: SandboxStack) => {
    if (done.has(s.name)) return;
    done.add(s.name);
    for (const d of s.dependencies) if (byName.has(d)) visit(byName.get(d)!);
    out.push(s);
  };
  for (const s of [...stacks].sort((a, b) => a.name.localeCompare(b.name))) visit(s);
  return out;
}

/** The local state path each stack's backend names, mapped to the stack: how cross-stack reads find their producer. */
export function localStatePaths(stacks: SandboxStack[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of stacks) {
    const backend = (s.doc.terraform as { backend?: { local?: { path?: string } } } | undefined)?.backend?.local?.path;
    if (backend) out[backend] = s.name;
  }
  return out;
}
