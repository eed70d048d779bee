import { StackDocument } from "../../lib/review/compare";
import { localStatePaths, SandboxStack } from "./run-app";
import { OfflineTerraform, PlannedChange, PlanSummary } from "./terraform";

/** What the real terraform plans for one stack when the head is planned against the applied base. */
export interface StackPlan {
  readonly stack: string;
  readonly summary: PlanSummary;
  readonly changes: PlannedChange[];
}

/**
 * Two real plans per stack, offline: the base is planned and "applied" by the stand-in into a
 * sandbox state (placeholder ids), then the head is planned against that state. Stacks are taken
 * in the order their cross-stack reads require; a stack missing from the head plans its destroy.
 */
export function planHeadAgainstBase(base: Record<string, StackDocument>, head: Record<string, StackDocument>): StackPlan[] {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])];
  const files = (docs: Record<string, StackDocument>): SandboxStack[] =>
    Object.entries(docs).map(([name, doc]) => ({ name, doc: doc as Record<string, unknown>, dependencies: [] }));
  const statePaths = { ...localStatePaths(files(base)), ...localStatePaths(files(head)) };
  const order = orderByRemoteState(names, { ...base, ...head }, statePaths);
  const sandbox = new OfflineTerraform();
  try {
    return order.map((stack) => {
      const before = base[stack];
      if (before) {
        sandbox.writeStack(stack, before as Record<string, unknown>, statePaths);
        sandbox.init(stack);
        sandbox.apply(stack, sandbox.plan(stack).planFile);
      }
      const after = head[stack] ?? {
        provider: (before as { provider?: unknown }).provider,
        terraform: (before as { terraform?: unknown }).terraform,
      };
      sandbox.writeStack(stack, after as Record<string, unknown>, statePaths);
      if (!before) sandbox.init(stack);
      const { summary, changes } = sandbox.plan(stack);
      return { stack, summary, changes: changes.filter((c) => c.actions.join() !== "no-op") };
    });
  } finally {
    sandbox.dispose();
  }
}

function orderByRemoteState(names: string[], docs: Record<string, StackDocument>, statePaths: Record<string, string>): string[] {
  const reads = (name: string): string[] => {
    const remote =
      (docs[name] as { data?: Record<string, Record<string, { backend?: string; config?: { path?: string } }>> }).data?.terraform_remote_state ?? {};
    return Object.values(remote).flatMap((r) =>
      r.backend === "local" && r.config?.path && statePaths[r.config.path] ? [statePaths[r.config.path]] : [],
    );
  };
  const out: string[] = [];
  const visit = (name: string) => {
    if (out.includes(name)) return;
    out.push(
      ...reads(name)
        .filter((d) => d !== name && !out.includes(d))
        .flatMap((d) => (visit(d), [])),
    );
    if (!out.includes(name)) out.push(name);
  };
  [...names].sort().forEach(visit);
  return out;
}

/** The plans as a Markdown section to append to the synth diff. */
export function renderPlansMarkdown(plans: StackPlan[]): string {
  const lines = ["", "### Terraform plan (offline stand-in provider, placeholder ids)", ""];
  for (const p of plans) {
    const { create, update, replace, destroy } = p.summary;
    lines.push(`- **${p.stack}**: ${create} to create, ${update} to update, ${replace} to replace, ${destroy} to destroy`);
    for (const c of p.changes) lines.push(`  - \`${c.actions.join("/")}\` \`${c.address}\``);
  }
  return lines.join("\n") + "\n";
}
