import { Impact } from "./compare";
import { AppGraph, EdgeKind, GraphEdge, GraphNode } from "./graph";

/** A node as drawn: what happens to it in a change, if anything, and whether it is only context. */
export interface DrawnNode {
  readonly node: GraphNode;
  /** @default - no change is shown (a picture of the app, or an unchanged neighbour) */
  readonly impact?: Impact;
  /** Drawn in grey: an unchanged neighbour, shown for context. @default false */
  readonly faded?: boolean;
}

/** An edge as drawn. */
export interface DrawnEdge extends GraphEdge {
  /** Drawn in grey: neither end changes. @default false */
  readonly faded?: boolean;
}

/** What a Mermaid flowchart shows: nodes grouped by stack, edges, and a legend of the impacts used. */
export interface Drawing {
  readonly stacks: string[];
  readonly nodes: DrawnNode[];
  readonly edges: DrawnEdge[];
}

/** Fill, stroke and text colour of each impact (GitHub's palette), and the word the legend uses. */
const STYLES: Record<Impact, { readonly style: string; readonly marker: string; readonly legend: string }> = {
  [Impact.CREATE]: { style: "fill:#dafbe1,stroke:#1a7f37,color:#0f5323", marker: "+ create", legend: "created" },
  [Impact.UPDATE]: { style: "fill:#fff8c5,stroke:#9a6700,color:#4d2d00", marker: "~ update", legend: "updated in place" },
  [Impact.REPLACE]: { style: "fill:#fff1e5,stroke:#bc4c00,color:#762c00,stroke-width:3px", marker: "-/+ replace", legend: "replaced" },
  [Impact.DESTROY]: { style: "fill:#ffebe9,stroke:#cf222e,color:#82071e,stroke-dasharray:5 3", marker: "- destroy", legend: "destroyed" },
  [Impact.READ]: { style: "fill:#ddf4ff,stroke:#0969da,color:#0a3069", marker: "<= read", legend: "data source read" },
  [Impact.MOVE]: { style: "fill:#fbefff,stroke:#8250df,color:#512a97", marker: "→ move", legend: "moved (kept by a moved block)" },
};
const FADED = { style: "fill:#f6f8fa,stroke:#d0d7de,color:#8c959f", legend: "unchanged" };
const FADED_EDGE = "stroke:#d0d7de";
const ARROWS: Record<EdgeKind, string> = {
  [EdgeKind.REFERENCE]: "-->",
  [EdgeKind.DEPENDS_ON]: "-.->|depends_on|",
  [EdgeKind.CROSS_STACK]: "==>|cross-stack|",
};

/** The whole app as a drawing: every node and edge, no impacts. */
export function appDrawing(graph: AppGraph): Drawing {
  return { stacks: graph.stacks, nodes: graph.nodes.map((node) => ({ node })), edges: graph.edges };
}

/**
 * A Mermaid `flowchart` of `drawing`: one subgraph per stack, an arrow from each node to what it
 * refers to, a class per impact and a legend of those used. Ids are derived from the addresses,
 * so the same app gives the same text; labels are quoted and escaped.
 */
export function renderMermaid(drawing: Drawing): string {
  const lines = ["flowchart LR"];
  for (const stack of drawing.stacks) {
    const members = drawing.nodes.filter((d) => d.node.stack === stack);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${mermaidId("s", stack)}["${mermaidText(stack)}"]`);
    for (const d of members) lines.push(`    ${nodeLine(d)}`);
    lines.push("  end");
  }
  drawing.edges.forEach((e) => lines.push(`  ${mermaidId("n", e.from)} ${ARROWS[e.kind]} ${mermaidId("n", e.to)}`));
  const faded = drawing.edges.flatMap((e, i) => (e.faded ? [i] : []));
  if (faded.length > 0) lines.push(`  linkStyle ${faded.join(",")} ${FADED_EDGE}`);

  const used = Object.values(Impact).filter((i) => drawing.nodes.some((d) => d.impact === i));
  const anyFaded = drawing.nodes.some((d) => d.faded);
  if (used.length > 0 || anyFaded) {
    lines.push(`  subgraph legend["Legend"]`);
    for (const i of used) lines.push(`    legend_${i}["${mermaidText(STYLES[i].legend)}"]:::${i}`);
    if (anyFaded) lines.push(`    legend_unchanged["${FADED.legend}"]:::unchanged`);
    lines.push("  end");
  }
  for (const i of used) {
    lines.push(`  classDef ${i} ${STYLES[i].style}`);
    lines.push(`  class ${classMembers(drawing, (d) => d.impact === i)} ${i}`);
  }
  if (anyFaded) {
    lines.push(`  classDef unchanged ${FADED.style}`);
    lines.push(`  class ${classMembers(drawing, (d) => d.faded === true)} unchanged`);
  }
  return lines.join("\n") + "\n";
}

/** The lines of a node's label: the impact's marker (`+ create`) if any, the type (`data.` first for a data source), the construct path. */
export function nodeLabel(node: GraphNode, impact?: Impact): string[] {
  return [...(impact ? [STYLES[impact].marker] : []), `${node.mode === "data" ? "data." : ""}${node.type}`, node.path];
}

function nodeLine(d: DrawnNode): string {
  const label = nodeLabel(d.node, d.impact).map(mermaidText).join("<br/>");
  const id = mermaidId("n", d.node.key);
  return d.node.mode === "data" ? `${id}(["${label}"])` : `${id}["${label}"]`;
}

function classMembers(drawing: Drawing, pick: (d: DrawnNode) => boolean): string {
  return drawing.nodes
    .filter(pick)
    .map((d) => mermaidId("n", d.node.key))
    .join(",");
}

/**
 * A Mermaid id for `text`: letters and digits kept, `_` doubled, anything else as `_<hex code>_`,
 * so distinct texts never share an id and no id is a Mermaid keyword.
 */
export function mermaidId(prefix: string, text: string): string {
  return `${prefix}_${[...text].map((c) => (/[A-Za-z0-9]/.test(c) ? c : c === "_" ? "__" : `_${c.codePointAt(0)!.toString(16)}_`)).join("")}`;
}

/** `text` safe inside a quoted Mermaid label: quotes, `#`, `&`, angle brackets and backticks as entity codes. */
export function mermaidText(text: string): string {
  return text.replace(/["#&<>`\\]/g, (c) => `#${c.codePointAt(0)};`).replace(/\r?\n/g, " ");
}
