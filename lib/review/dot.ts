import { AppGraph, EdgeKind } from "./graph";
import { nodeLabel } from "./mermaid";

const EDGE_ATTRIBUTES: Record<EdgeKind, string> = {
  [EdgeKind.REFERENCE]: "",
  [EdgeKind.DEPENDS_ON]: ' [style=dashed, label="depends_on"]',
  [EdgeKind.CROSS_STACK]: ' [style=bold, label="cross-stack"]',
};

/** The app as a Graphviz `digraph`: one cluster per stack, boxes for resources, ellipses for data sources. */
export function renderDot(graph: AppGraph): string {
  const lines = ["digraph app {", "  rankdir=LR;", '  node [shape=box, fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
  for (const stack of graph.stacks) {
    lines.push(`  subgraph ${dotString(`cluster_${stack}`)} {`, `    label=${dotString(stack)};`);
    for (const node of graph.nodes.filter((n) => n.stack === stack)) {
      lines.push(`    ${dotString(node.key)} [label=${dotString(nodeLabel(node).join("\n"))}${node.mode === "data" ? ", shape=ellipse" : ""}];`);
    }
    lines.push("  }");
  }
  for (const e of graph.edges) lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)}${EDGE_ATTRIBUTES[e.kind]};`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** A quoted DOT string: backslashes and quotes escaped, line breaks as `\n`. */
export function dotString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n")}"`;
}
