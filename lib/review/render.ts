import { AttributeChange, DiffReport, Impact, ResourceChange, StackDiff, StackDocument } from "./compare";
import { documentDiff, TextKind } from "./documents";
import { describeMove, lossSummary } from "./losses";
import { renderMermaid } from "./mermaid";
import { changePicture, DEFAULT_MAX_NODES, ReviewGraphs, reviewGraphs } from "./picture";

const ORDER = [Impact.REPLACE, Impact.DESTROY, Impact.CREATE, Impact.UPDATE, Impact.MOVE, Impact.READ];

/** Impacts counted in the words of a stack's summary line, most serious first: `3 replace, 1 update`. */
export function describeCounts(impacts: readonly Impact[]): string {
  return ORDER.map((i) => [i, impacts.filter((x) => x === i).length] as const)
    .filter(([, n]) => n > 0)
    .map(([i, n]) => `${n} ${i}`)
    .join(", ");
}

/** Counts of changes by impact. */
export function summarize(report: DiffReport): Record<Impact, number> {
  const counts = Object.fromEntries(ORDER.map((i) => [i, 0])) as Record<Impact, number>;
  for (const s of report.stacks) for (const c of s.changes) counts[c.impact]++;
  return counts;
}

/** The exit code CI gates on: 0 no changes, 2 changes, 3 something is replaced or destroyed. */
export function exitCodeOf(report: DiffReport): number {
  const counts = summarize(report);
  if (counts.replace + counts.destroy > 0) return 3;
  return report.stacks.length > 0 ? 2 : 0;
}

/** The report as JSON for tools: summary, exit code and every change. */
export function renderJson(report: DiffReport, base: string): string {
  return JSON.stringify({ base, summary: summarize(report), exitCode: exitCodeOf(report), stacks: report.stacks }, null, 2);
}

/** The synthesized apps a report was made from, for drawing each changed stack. */
export interface MarkdownPictures {
  /** The app at the base ref, stack name → synthesized stack. */
  readonly before: Record<string, StackDocument>;
  /** The app in the working tree. */
  readonly after: Record<string, StackDocument>;
  /**
   * Stacks with more resources and data sources than this show only the changed ones and their direct neighbours.
   * @default 25
   */
  readonly maxNodes?: number;
}

/**
 * The report as Markdown for a pull-request comment, one collapsible section per stack; with
 * `pictures`, each section starts with a Mermaid flowchart of the stack's changes.
 */
export function renderMarkdown(report: DiffReport, base: string, pictures?: MarkdownPictures): string {
  const counts = summarize(report);
  const lines = [`## Infrastructure changes against \`${base}\``, ""];
  if (report.stacks.length === 0) return [...lines, "No changes to any stack."].join("\n") + "\n";
  const losses = lossSummary(report);
  if (losses) lines.push(losses, "");
  lines.push(
    `**${counts.replace} to replace, ${counts.destroy} to destroy, ${counts.create} to create, ${counts.update} to update in place**` +
      (counts.move ? `, ${counts.move} moved (kept by moved blocks)` : "") +
      (counts.read ? `, ${counts.read} data sources changed` : "") +
      ".",
  );
  const warnings = report.stacks.flatMap((s) => s.changes.flatMap((c) => c.warnings.map((w) => `${s.stack}: ${w}`)));
  if (warnings.length > 0) lines.push("", "> [!WARNING]", "> **Destroys protected or stateful resources:**", ...warnings.map((w) => `> - ${w}`));
  const graphs = pictures && reviewGraphs(pictures.before, pictures.after);
  for (const stack of report.stacks) {
    const impacts = stack.changes.map((c) => c.impact);
    lines.push(
      "",
      `<details${impacts.some((i) => i === Impact.REPLACE || i === Impact.DESTROY) ? " open" : ""}>` +
        `<summary><b>${stack.stack}</b>: ${describeCounts(impacts)}</summary>`,
      "",
    );
    if (graphs) lines.push(...renderPicture(stack, graphs, pictures?.maxNodes ?? DEFAULT_MAX_NODES));
    lines.push(...renderMoves(stack));
    for (const change of [...stack.changes].sort((a, b) => ORDER.indexOf(a.impact) - ORDER.indexOf(b.impact))) lines.push(...renderChange(change));
    lines.push("", "</details>");
  }
  return lines.join("\n") + "\n";
}

/** One line per construct whose path changed in the stack: which id, how many resources, and whether they are kept. */
function renderMoves(stack: StackDiff): string[] {
  const groups = new Map<string, { move: NonNullable<ResourceChange["move"]>; count: number }>();
  for (const c of stack.changes) {
    if (!c.move) continue;
    const key = `${c.move.previousPath}\n${c.move.path}\n${c.move.kept}`;
    const group = groups.get(key) ?? { move: c.move, count: 0 };
    groups.set(key, { ...group, count: group.count + 1 });
  }
  return [...groups.values()].map(({ move, count }) => {
    const what = `${count} resource${count === 1 ? "" : "s"}`;
    const outcome = move.kept
      ? `${what} kept: moved, nothing is destroyed`
      : `${what} destroyed and created again; keep them with \`${move.code}\` on the construct now at \`${move.path}\``;
    return `- moved (rename): ${describeMove(move)}: ${outcome}`;
  });
}

function renderChange(change: ResourceChange): string[] {
  const moved = change.previousAddress ? ` (was \`${change.previousAddress}\`)` : "";
  const label = change.move?.rename ? `${change.impact === Impact.MOVE ? "" : `${change.impact}: `}moved (rename)` : change.impact;
  const head = `- **${label}** \`${change.address}\`${moved}`;
  const destroyed = change.previousAddress && change.impact !== Impact.MOVE && change.impact !== Impact.READ && !change.move?.kept;
  return [
    head,
    ...(destroyed ? [`  - address changes: Terraform destroys \`${change.previousAddress}\` and creates this one`] : []),
    ...change.changes.flatMap(renderAttribute),
  ];
}

function renderPicture(stack: StackDiff, graphs: ReviewGraphs, maxNodes: number): string[] {
  const { drawing, omitted } = changePicture(stack, graphs, maxNodes);
  if (drawing.nodes.length === 0) return [];
  const note = omitted > 0 ? [`${omitted} unchanged resource${omitted === 1 ? " is" : "s are"} left out of the picture.`, ""] : [];
  return ["```mermaid", ...renderMermaid(drawing).trimEnd().split("\n"), "```", "", ...note];
}

/** One changed argument: old → new, or a unified diff when either side is a document or several lines. */
function renderAttribute(c: AttributeChange): string[] {
  const replaces = c.forcesReplacement ? " **(forces replacement)**" : "";
  const document = documentDiff(c.before, c.after);
  if (!document) return [`  - \`${c.path}\`: ${show(c.before)} → ${show(c.after)}${replaces}`];
  const fence = "`".repeat(Math.max(3, ...document.diff.map((l) => (l.match(/`+/g) ?? []).reduce((n, run) => Math.max(n, run.length + 1), 0))));
  const shownAs = document.kind === TextKind.JSON ? ", shown as YAML" : "";
  if (document.diff.length === 0) return [`  - \`${c.path}\`: the same ${document.kind}, written differently${replaces}`];
  return [
    `  - \`${c.path}\` (${document.kind}${shownAs}):${replaces}`,
    "",
    `    ${fence}diff`,
    ...document.diff.map((l) => `    ${l}`),
    `    ${fence}`,
    "",
  ];
}

function show(value: unknown): string {
  if (value === undefined) return "_(unset)_";
  const text = JSON.stringify(value);
  return `\`${text.length > 200 ? `${text.slice(0, 200)}…` : text}\``.replace(/\|/g, "\\|");
}
