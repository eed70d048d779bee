import { Impact, StackDiff, StackDocument } from "./compare";
import { AppGraph, buildAppGraph, compareText, GraphEdge, GraphNode } from "./graph";
import { DrawnEdge, DrawnNode, Drawing } from "./mermaid";

/** Stacks with more resources than this are drawn as their changes and direct neighbours only. */
export const DEFAULT_MAX_NODES = 25;

/** The picture of one stack's changes and how much of the stack it leaves out. */
export interface ChangePicture {
  readonly drawing: Drawing;
  /** Unchanged resources of the stack not drawn because the stack is large. */
  readonly omitted: number;
}

/** The graphs of both sides of a review, built once for every stack's picture. */
export interface ReviewGraphs {
  readonly before: AppGraph;
  readonly after: AppGraph;
}

/** Graphs of the app before and after the change. */
export function reviewGraphs(before: Record<string, StackDocument>, after: Record<string, StackDocument>): ReviewGraphs {
  return { before: buildAppGraph(before), after: buildAppGraph(after) };
}

/**
 * One stack's changes in context: every changed resource in its impact's colour, destroyed ones
 * with the references they had, and unchanged resources (of this stack, and of other stacks it
 * refers to or that refer to it) faded. A stack with more than `maxNodes` resources and data
 * sources keeps only the changed ones and their direct neighbours.
 */
export function changePicture(diff: StackDiff, graphs: ReviewGraphs, maxNodes = DEFAULT_MAX_NODES): ChangePicture {
  const key = (address: string) => `${diff.stack}/${address}`;
  const impacts = new Map(diff.changes.map((c) => [key(c.address), c.impact]));
  const renamed = new Map(diff.changes.filter((c) => c.previousAddress).map((c) => [key(c.previousAddress!), key(c.address)]));
  const destroyed = new Set(diff.changes.filter((c) => c.impact === Impact.DESTROY).map((c) => key(c.address)));

  const nodes = new Map<string, GraphNode>();
  for (const n of graphs.before.nodes) if (destroyed.has(n.key)) nodes.set(n.key, n);
  for (const n of graphs.after.nodes) nodes.set(n.key, n);
  const edges = new Map<string, GraphEdge>();
  const addEdge = (e: GraphEdge) => edges.set(`${e.from}\n${e.to}\n${e.kind}`, e);
  graphs.after.edges.forEach(addEdge);
  for (const e of graphs.before.edges) {
    if (!destroyed.has(e.from) && !destroyed.has(e.to)) continue;
    const from = renamed.get(e.from) ?? e.from;
    const to = renamed.get(e.to) ?? e.to;
    if (nodes.has(from) && nodes.has(to)) addEdge({ ...e, from, to });
  }

  const own = [...nodes.values()].filter((n) => n.stack === diff.stack);
  const changed = new Set([...impacts.keys()].filter((k) => nodes.has(k)));
  const neighbours = new Set(changed);
  for (const e of edges.values()) {
    if (changed.has(e.from)) neighbours.add(e.to);
    if (changed.has(e.to)) neighbours.add(e.from);
  }
  const large = own.length > maxNodes;
  const drawn = new Set([...own.filter((n) => !large || neighbours.has(n.key)).map((n) => n.key), ...neighbours]);
  const drawnEdges: DrawnEdge[] = [...edges.values()]
    .filter((e) => drawn.has(e.from) && drawn.has(e.to))
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind))
    .map((e) => ({ ...e, faded: !impacts.has(e.from) && !impacts.has(e.to) }));
  const stackOrder = [diff.stack, ...graphs.after.stacks.filter((s) => s !== diff.stack), ...graphs.before.stacks];
  const drawnNodes: DrawnNode[] = [...drawn]
    .map((k) => nodes.get(k)!)
    .sort((a, b) => stackOrder.indexOf(a.stack) - stackOrder.indexOf(b.stack) || compareText(a.address, b.address))
    .map((node) => (impacts.has(node.key) ? { node, impact: impacts.get(node.key) } : { node, faded: true }));
  return {
    drawing: { stacks: [...new Set(drawnNodes.map((d) => d.node.stack))], nodes: drawnNodes, edges: drawnEdges },
    omitted: own.filter((n) => !drawn.has(n.key)).length,
  };
}
