import { StackDocument } from "./compare";
import { dependencyOrder } from "../private/stack-order";

/** One resource or data source of a synthesized app. */
export interface GraphNode {
  /** Unique in the app: `<stack>/<address>`. */
  readonly key: string;
  readonly stack: string;
  /** Terraform address in its stack: `type.name` or `data.type.name`. */
  readonly address: string;
  readonly type: string;
  readonly mode: "resource" | "data";
  /** Construct path below the stack (`RegistryEvents/Resource`), from cdktf's metadata; the name when there is none. */
  readonly path: string;
}

/** How one node refers to another. */
export enum EdgeKind {
  /** An argument refers to an attribute of the other node. */
  REFERENCE = "reference",
  /** The other node is listed in `depends_on`. */
  DEPENDS_ON = "depends_on",
  /** An argument reads the other stack's output through cdktf's cross-stack remote state. */
  CROSS_STACK = "cross-stack",
}

/** `from` refers to `to` (Terraform creates `to` first). */
export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

/** Resources and data sources of every stack, and the references between them. */
export interface AppGraph {
  /** Stack names, stacks that others read from first. */
  readonly stacks: string[];
  /** Sorted by stack (in `stacks` order), then address. */
  readonly nodes: GraphNode[];
  /** Sorted by `from`, then `to`; one edge per pair and kind. */
  readonly edges: GraphEdge[];
}

/** Data sources cdktf adds to read another stack's outputs: `cross-stack-reference-input-<stack>`. */
const CROSS_STACK_INPUT = "cross-stack-reference-input-";
const ADDRESS = /(?<![\w.-])(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)/g;
const REMOTE_OUTPUT = /(?<![\w.-])data\.terraform_remote_state\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)/g;

/**
 * Reads the references of a synthesized app (`stack name → cdk.tf.json`): every `${type.name...}`
 * and `depends_on` entry is an edge, and a read of cdktf's cross-stack remote state becomes an edge
 * to the resource behind the other stack's output (the remote-state data source itself is not drawn).
 */
export function buildAppGraph(app: Record<string, StackDocument>): AppGraph {
  const nodes = new Map<string, GraphNode>();
  const bodies = new Map<string, Record<string, unknown>>();
  for (const [stack, doc] of Object.entries(app)) {
    for (const mode of ["resource", "data"] as const) {
      for (const [type, byName] of Object.entries(doc[mode] ?? {})) {
        if (mode === "data" && type === "terraform_remote_state") continue;
        for (const [name, body] of Object.entries(byName)) {
          const address = `${mode === "data" ? "data." : ""}${type}.${name}`;
          const node: GraphNode = { key: `${stack}/${address}`, stack, address, type, mode, path: constructPath(stack, name, body) };
          nodes.set(node.key, node);
          bodies.set(node.key, body);
        }
      }
    }
  }
  const edges = new Map<string, GraphEdge>();
  const add = (from: string, to: string, kind: EdgeKind) => {
    if (from !== to) edges.set(`${from}\n${to}\n${kind}`, { from, to, kind });
  };
  for (const node of nodes.values()) {
    const { "//": _metadata, depends_on: dependsOn, ...args } = bodies.get(node.key)!;
    for (const { key, kind } of valueReferences(app, nodes, node.stack, args)) add(node.key, key, kind);
    for (const to of localReferences(JSON.stringify(dependsOn ?? []), node.stack, nodes)) add(node.key, to, EdgeKind.DEPENDS_ON);
  }
  const stacks = stackOrder(
    Object.keys(app),
    [...edges.values()].filter((e) => e.kind === EdgeKind.CROSS_STACK),
    nodes,
  );
  return {
    stacks,
    nodes: [...nodes.values()].sort((a, b) => stacks.indexOf(a.stack) - stacks.indexOf(b.stack) || compareText(a.address, b.address)),
    edges: [...edges.values()].sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.kind, b.kind)),
  };
}

/**
 * The nodes an argument value in `stack` refers to: resources and data sources of its own stack
 * (`reference`), and the resource behind another stack's output that it reads (`cross-stack`).
 */
export function valueReferences(
  app: Record<string, StackDocument>,
  nodes: ReadonlyMap<string, GraphNode>,
  stack: string,
  value: unknown,
): Array<{ readonly key: string; readonly kind: EdgeKind.REFERENCE | EdgeKind.CROSS_STACK }> {
  const text = JSON.stringify(value ?? null);
  const found: Array<{ key: string; kind: EdgeKind.REFERENCE | EdgeKind.CROSS_STACK }> = localReferences(text, stack, nodes).map((key) => ({
    key,
    kind: EdgeKind.REFERENCE,
  }));
  for (const m of text.matchAll(REMOTE_OUTPUT)) {
    const producer = m[1].startsWith(CROSS_STACK_INPUT) ? m[1].slice(CROSS_STACK_INPUT.length) : undefined;
    const output = producer === undefined ? undefined : app[producer]?.output?.[m[2]];
    if (output)
      for (const key of localReferences(JSON.stringify(output.value ?? null), producer!, nodes)) found.push({ key, kind: EdgeKind.CROSS_STACK });
  }
  return found;
}

/** The stack `name` and the nodes of other stacks that refer to it or that it refers to; fails for an unknown stack. */
export function stackGraph(graph: AppGraph, name: string): AppGraph {
  if (!graph.stacks.includes(name)) throw new Error(`--stack: no stack named "${name}"; the app has ${graph.stacks.map((s) => `"${s}"`).join(", ")}`);
  const own = new Set(graph.nodes.filter((n) => n.stack === name).map((n) => n.key));
  const edges = graph.edges.filter((e) => own.has(e.from) || own.has(e.to));
  const keep = new Set([...own, ...edges.flatMap((e) => [e.from, e.to])]);
  const nodes = graph.nodes.filter((n) => keep.has(n.key));
  return { stacks: graph.stacks.filter((s) => nodes.some((n) => n.stack === s)), nodes, edges };
}

function constructPath(stack: string, name: string, body: Record<string, unknown>): string {
  const metadata = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata;
  const full = typeof metadata?.path === "string" ? metadata.path : undefined;
  if (full === undefined) return name;
  return full.startsWith(`${stack}/`) ? full.slice(stack.length + 1) : full;
}

/** Keys of the nodes of `stack` whose addresses appear in `text`. */
function localReferences(text: string, stack: string, nodes: ReadonlyMap<string, GraphNode>): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(ADDRESS)) {
    const key = `${stack}/${m[1] ?? ""}${m[2]}.${m[3]}`;
    if (nodes.has(key)) found.add(key);
  }
  return [...found];
}

/** Stacks others read from come first, then by name. */
function stackOrder(names: string[], crossStack: GraphEdge[], nodes: Map<string, GraphNode>): string[] {
  const reads = new Map(names.map((n) => [n, new Set<string>()]));
  for (const e of crossStack) reads.get(nodes.get(e.from)!.stack)!.add(nodes.get(e.to)!.stack);
  return dependencyOrder(names.map((name) => ({ name, dependencies: [...reads.get(name)!].sort(compareText) }))).map((s) => s.name);
}

/** Orders strings by code unit, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
