import { DiffReport, Impact, StackDocument } from "../../lib/review/compare";
import { describeCounts } from "../../lib/review/render";
import { ExitCode } from "../../lib/private/cli";
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
      return { stack, summary, changes: changes.filter((c) => c.actions.join() !== "no-op" || c.previousAddress !== undefined) };
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

/** One planned change in the synth diff's words. */
export interface PlannedImpact {
  readonly impact: Impact;
  readonly address: string;
  readonly previousAddress?: string;
  /** Terraform's actions, `delete/create` for a delete and a create the synth diff pairs as one replacement. */
  readonly actions: string;
}

/** The impact Terraform's actions have, in the synth diff's words; undefined for a no-op. */
function impactOfActions(actions: readonly string[], moved: boolean): Impact | undefined {
  const key = actions.join(",");
  if (key === "no-op") return moved ? Impact.MOVE : undefined;
  if (key === "create") return Impact.CREATE;
  if (key === "delete") return Impact.DESTROY;
  if (key === "read") return Impact.READ;
  if (actions.includes("create") && actions.includes("delete")) return Impact.REPLACE;
  return Impact.UPDATE;
}

/**
 * A stack's planned changes as the synth diff words them: a delete and a create that the synth
 * diff pairs as one resource under a new address (a renamed construct without a moved block) are
 * one replacement, and a moved resource with no other change is a move.
 */
export function plannedImpacts(plan: StackPlan, synth?: DiffReport): PlannedImpact[] {
  const out: PlannedImpact[] = [];
  for (const c of plan.changes) {
    const impact = impactOfActions(c.actions, c.previousAddress !== undefined);
    if (impact)
      out.push({ impact, address: c.address, ...(c.previousAddress && { previousAddress: c.previousAddress }), actions: c.actions.join("/") });
  }
  const pairs = (synth?.stacks.find((s) => s.stack === plan.stack)?.changes ?? []).filter((c) => c.impact === Impact.REPLACE && c.previousAddress);
  for (const pair of pairs) {
    const created = out.findIndex((p) => p.impact === Impact.CREATE && p.address === pair.address);
    const deleted = out.findIndex((p) => p.impact === Impact.DESTROY && p.address === pair.previousAddress);
    if (created < 0 || deleted < 0) continue;
    out[created] = { impact: Impact.REPLACE, address: pair.address, previousAddress: pair.previousAddress, actions: "delete/create" };
    out.splice(deleted, 1);
  }
  return out;
}

/** Exit code of the plans, as the synth diff's: 0 nothing planned, 2 changes, 3 something is replaced or destroyed. */
export function planExitCode(plans: StackPlan[]): number {
  const impacts = plans.flatMap((p) => plannedImpacts(p).map((c) => c.impact));
  if (impacts.some((i) => i === Impact.REPLACE || i === Impact.DESTROY)) return ExitCode.REPLACEMENTS;
  return impacts.length > 0 ? ExitCode.CHANGES : ExitCode.OK;
}

/**
 * The plans as a Markdown section to append to the synth diff, in its words: one line per stack
 * with its counts (`3 replace`, `3 move`), then one line per change with Terraform's actions;
 * `synth` pairs deletes and creates the synth diff shows as one replacement.
 */
export function renderPlansMarkdown(plans: StackPlan[], synth?: DiffReport): string {
  const lines = ["", "### Terraform plan (offline stand-in provider, placeholder ids)", ""];
  for (const p of plans) {
    const impacts = plannedImpacts(p, synth);
    lines.push(`- **${p.stack}**: ${impacts.length === 0 ? "no changes" : describeCounts(impacts.map((c) => c.impact))}`);
    for (const c of impacts) {
      const was = c.previousAddress ? ` (was \`${c.previousAddress}\`)` : "";
      lines.push(`  - **${c.impact}** \`${c.address}\`${was}: \`${c.actions}\``);
    }
  }
  return lines.join("\n") + "\n";
}
