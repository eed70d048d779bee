import { synthesizeApp } from "../../lib/private/app-synth";
import { RemoteStateEnv } from "../../lib/remote-state";
import { dependencyOrder } from "../../lib/private/stack-order";

export { dependencyOrder };

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
  let stacks;
  try {
    stacks = synthesizeApp(projectDir, env);
  } catch (e) {
    throw new Error(`synth failed: ${synthFailure(e)}`, { cause: e });
  }
  return dependencyOrder(stacks.map(({ name, text, dependencies }) => ({ name, doc: JSON.parse(text) as Record<string, unknown>, dependencies })));
}

/** What a failed app run said on stderr, without Node's stack frames; else the error's own message. */
export function synthFailure(e: unknown): string {
  const stderr = (e as { stderr?: Buffer | string }).stderr?.toString() ?? "";
  const said = stderr
    .split("\n")
    .filter((line) => !/^\s+at /.test(line) && !/^Node\.js v\d/.test(line))
    .join("\n")
    .trim();
  return said || (e as Error).message;
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
