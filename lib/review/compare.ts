import { anyChangeReplacers, REPLACING_ARGUMENTS, ReplaceRule, STATEFUL_TYPES } from "../validate/provider-rules";

/** A synthesized stack document, as far as the comparison reads it. */
export interface StackDocument {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  /** Read by the graph to follow cross-stack references to the resource behind an output. */
  readonly output?: Record<string, { readonly value?: unknown }>;
  /** Terraform `moved` blocks (cdktf's `moveFromId`, the library's `movedFrom`): old address → new. */
  readonly moved?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** What applying a change does to the resource. */
export enum Impact {
  CREATE = "create",
  UPDATE = "update",
  REPLACE = "replace",
  DESTROY = "destroy",
  READ = "read",
  /** Only the address changes, and a `moved` block tells Terraform: nothing is destroyed. */
  MOVE = "move",
}

/** One changed argument: `path` old → new (undefined when absent). */
export interface AttributeChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** Set when this change alone replaces the resource. */
  readonly forcesReplacement?: boolean;
}

/** A construct whose path changed between base and head, as read from cdktf's metadata (`//.metadata.path`). */
export interface ConstructMove {
  /** Its path inside the stack now: `Events`, `Team/Events`. */
  readonly path: string;
  /** Its path inside the stack before: `RegistryEvents`. */
  readonly previousPath: string;
  /** True when a `moved` block in the head keeps the resource; false when Terraform destroys the old one and creates the new one. */
  readonly kept: boolean;
  /** The line of code that keeps the resources: `.movedFrom("RegistryEvents")` on the construct, or `.moveFromId(...)` on a bare resource. */
  readonly code: string;
}

/** One resource or data source that differs between base and head. */
export interface ResourceChange {
  /** Address in the head, or in the base for a destroy. */
  readonly address: string;
  /** Base address when the address itself changed. */
  readonly previousAddress?: string;
  /** The construct path of the resource (`dev/Events/Resource`), from cdktf's metadata, when the document has it. */
  readonly path?: string;
  /**
   * Set when the address changed because a construct was renamed or moved: which one, and whether
   * Terraform keeps the resource. "moved (rename)" when the arguments are equal once references
   * through renamed resources are mapped.
   */
  readonly move?: ConstructMove & { readonly rename: boolean };
  readonly impact: Impact;
  readonly changes: AttributeChange[];
  /** Why a reviewer must look twice: protected or stateful resources being destroyed. */
  readonly warnings: string[];
}

/** The differences of one stack. */
export interface StackDiff {
  readonly stack: string;
  readonly changes: ResourceChange[];
}

/** Everything that differs, by stack. */
export interface DiffReport {
  readonly stacks: StackDiff[];
}

interface Entry {
  readonly address: string;
  readonly type: string;
  readonly mode: "resource" | "data";
  readonly body: Record<string, unknown>;
  /** cdktf's construct path, when the document has its metadata. */
  readonly path?: string;
}

/** Compares the stacks of two synthesized apps, stack by stack and resource by resource. */
export function compareApps(base: Record<string, StackDocument>, head: Record<string, StackDocument>): DiffReport {
  const names = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return {
    stacks: names.map((stack) => ({ stack, changes: compareStacks(base[stack] ?? {}, head[stack] ?? {}) })).filter((s) => s.changes.length > 0),
  };
}

/** Compares two versions of one stack. */
export function compareStacks(base: StackDocument, head: StackDocument): ResourceChange[] {
  const before = entries(base);
  const after = entries(head);
  const changes: ResourceChange[] = [];
  const removed = [...before.values()].filter((e) => !after.has(e.address));
  const added = [...after.values()].filter((e) => !before.has(e.address));
  // kept: the head's moved blocks that move a base resource to a new one
  const kept = new Map<string, string>();
  for (const { from, to } of head.moved ?? []) {
    if (before.has(from) && !after.has(from) && after.has(to) && !before.has(to)) kept.set(from, to);
  }
  const renames = pairRenames(removed, added, kept);
  const pairedFrom = new Set([...renames.keys()]);
  const pairedTo = new Map([...renames].map(([from, to]) => [to, before.get(from)!]));
  const moves = pairMoves(
    removed.filter((e) => !pairedFrom.has(e.address)),
    added.filter((e) => !pairedTo.has(e.address)),
  );
  // constructs seen renamed by an exact pair: a pair found only by likeness belongs to one of them, or is no rename
  const renamed = new Set([...renames].map(([from, to]) => moveKey(before.get(from)!, after.get(to)!)));

  for (const entry of after.values()) {
    const old = before.get(entry.address);
    const from = pairedTo.get(entry.address) ?? moves.get(entry.address);
    if (old) {
      const change = changeOf(mapped(old, kept), entry);
      if (change) changes.push(change);
    } else if (from && kept.has(from.address)) {
      const change = changeOf(mapped(from, renames), entry);
      changes.push({
        ...(change ?? { address: entry.address, impact: entry.mode === "data" ? Impact.READ : Impact.MOVE, changes: [], warnings: [] }),
        previousAddress: from.address,
        ...withMove(from, entry, true, renames.has(from.address) && !change),
      });
    } else if (from) {
      const rename = renames.has(from.address);
      // a data source keeps nothing in state: under a new address with the same arguments it reads the same
      if (rename && entry.mode === "data") continue;
      changes.push({
        address: entry.address,
        previousAddress: from.address,
        ...(rename || renamed.has(moveKey(from, entry)) ? withMove(from, entry, entry.mode === "data", rename) : pathOf(entry)),
        impact: entry.mode === "data" ? Impact.READ : Impact.REPLACE,
        changes: attributeChanges(mapped(from, renames).body, entry.body, entry.type),
        warnings:
          entry.mode === "data"
            ? []
            : destroyWarnings(from, `its address changes from ${from.address}, so Terraform destroys it and creates a new one`),
      });
    } else {
      changes.push({
        address: entry.address,
        ...pathOf(entry),
        impact: entry.mode === "data" ? Impact.READ : Impact.CREATE,
        changes: [],
        warnings: [],
      });
    }
  }
  cascadeReplacements(changes, after);
  const movedFrom = new Set([...pairedFrom, ...[...moves.values()].map((e) => e.address)]);
  for (const entry of removed) {
    if (movedFrom.has(entry.address)) continue;
    changes.push({
      address: entry.address,
      ...pathOf(entry),
      impact: entry.mode === "data" ? Impact.READ : Impact.DESTROY,
      changes: [],
      warnings: entry.mode === "data" ? [] : destroyWarnings(entry, "it is removed"),
    });
  }
  return changes.sort((a, b) => a.address.localeCompare(b.address));
}

/**
 * Pairs each destroyed resource with a created one of the same type and mode whose arguments are
 * equal once references through already paired resources are mapped to their new addresses,
 * repeating until no pair is added (a service account first, then the grant and the trigger that
 * refer to it). Moved blocks (`kept`) are pairs from the start; the result holds them too.
 */
function pairRenames(removed: Entry[], added: Entry[], kept: ReadonlyMap<string, string>): Map<string, string> {
  const pairs = new Map(kept);
  const taken = new Set(kept.values());
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of added) {
      if (taken.has(entry.address)) continue;
      const target = canonical(entry.body);
      const match = removed.find(
        (r) => !pairs.has(r.address) && r.type === entry.type && r.mode === entry.mode && canonical(mapped(r, pairs).body) === target,
      );
      if (!match) continue;
      pairs.set(match.address, entry.address);
      taken.add(entry.address);
      grew = true;
    }
  }
  return pairs;
}

/** `entry` with every reference to an old address in `renames` rewritten to the new one. */
function mapped(entry: Entry, renames: ReadonlyMap<string, string>): Entry {
  if (renames.size === 0) return entry;
  const text = JSON.stringify(entry.body).replace(
    /(?<![\w.-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(?=[.[}"])/g,
    (a: string) => renames.get(a) ?? a,
  );
  return { ...entry, body: JSON.parse(text) as Record<string, unknown> };
}

/** JSON with object keys sorted, so equal arguments give equal text whatever order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

function pathOf(entry: Entry): { path?: string } {
  return entry.path === undefined ? {} : { path: entry.path };
}

/** Which construct moved where, as a key; empty without metadata. */
function moveKey(from: Entry, to: Entry): string {
  const move = from.path && to.path ? constructMove(from.path, to.path, from.address) : undefined;
  return move ? `${move.previousPath}\n${move.path}` : "";
}

/** The construct whose path changed between `from` and `to`, when both carry cdktf's metadata. */
function withMove(from: Entry, to: Entry, kept: boolean, rename: boolean): Pick<ResourceChange, "path" | "move"> {
  const move = from.path && to.path ? constructMove(from.path, to.path, from.address) : undefined;
  return { ...pathOf(to), ...(move && { move: { ...move, kept, rename } }) };
}

/**
 * Which construct moved, from two construct paths of one resource (`dev/RegistryEvents/Resource`
 * and `dev/Events/Resource`): the segments between the common start and the common end. When a
 * parent was added or removed (`dev/Events/Resource` to `dev/Team/Events/Resource`), the construct
 * is the one below it. The stack, the first segment, is left out of both paths.
 */
export function constructMove(previousPath: string, path: string, previousAddress: string): Omit<ConstructMove, "kept"> | undefined {
  const a = previousPath.split("/");
  const b = path.split("/");
  if (a[0] !== b[0] || previousPath === path) return undefined;
  let start = 1;
  while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
  let end = 0;
  while (end < Math.min(a.length, b.length) - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if ((a.length - end === start || b.length - end === start) && end > 0) end--;
  const was = a.slice(1, a.length - end).join("/");
  const now = b.slice(1, b.length - end).join("/");
  // the resource itself was renamed (a bare binding): cdktf's own move, not the library's
  const code = end === 0 ? `.moveFromId(${JSON.stringify(previousAddress)})` : `.movedFrom(${JSON.stringify(was)})`;
  return { path: now, previousPath: was, code };
}

const CASCADE_NOTE = "(new value: ";

/** True for the new value `cascadeReplacements` notes: the replacement follows from another resource's. */
export function isCascade(after: unknown): boolean {
  return typeof after === "string" && after.startsWith(CASCADE_NOTE);
}

/**
 * A replaced resource gets new computed values (a new id), so a resource whose replacing argument
 * refers to it — a grant's `member` naming a replaced service account — is replaced as well.
 */
function cascadeReplacements(changes: ResourceChange[], after: Map<string, Entry>): void {
  const replaced = new Set(changes.filter((c) => c.impact === Impact.REPLACE).map((c) => c.address));
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of after.values()) {
      if (replaced.has(entry.address) || entry.mode === "data") continue;
      const rules = REPLACING_ARGUMENTS[entry.type] ?? {};
      const cause = Object.keys(rules).flatMap((arg) => {
        const text = JSON.stringify(entry.body[arg] ?? null);
        return [...replaced].filter((r) => text.includes(`\${${r}.`)).map((r) => ({ arg, r }));
      })[0];
      if (!cause) continue;
      const note: AttributeChange = {
        path: cause.arg,
        before: entry.body[cause.arg],
        after: `${CASCADE_NOTE}${cause.r} is replaced)`,
        forcesReplacement: true,
      };
      const index = changes.findIndex((c) => c.address === entry.address);
      const existing = index >= 0 ? changes[index] : undefined;
      if (existing && existing.impact !== Impact.UPDATE && existing.impact !== Impact.MOVE) continue;
      const change: ResourceChange = {
        ...existing,
        address: entry.address,
        impact: Impact.REPLACE,
        changes: [...(existing?.changes ?? []), note],
        warnings: destroyWarnings(entry, `${cause.arg} refers to ${cause.r}, which is replaced`),
      };
      if (index >= 0) changes[index] = change;
      else changes.push(change);
      replaced.add(entry.address);
      grew = true;
    }
  }
}

function entries(doc: StackDocument): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const mode of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries(doc[mode] ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        const address = `${mode === "data" ? "data." : ""}${type}.${name}`;
        const path = (body["//"] as { metadata?: { path?: unknown } } | undefined)?.metadata?.path;
        out.set(address, { address, type, mode, body: withoutMetadata(body), ...(typeof path === "string" && { path }) });
      }
    }
  }
  return out;
}

function withoutMetadata(body: Record<string, unknown>): Record<string, unknown> {
  const { "//": _metadata, ...rest } = body;
  return rest;
}

/**
 * Pairs resources that disappeared with ones that appeared under another address (a renamed
 * construct id): same type, and the most arguments equal once references are compared by type
 * only. Each pair is one replacement, not an unrelated destroy and create.
 */
function pairMoves(removed: Entry[], added: Entry[]): Map<string, Entry> {
  const pairs = new Map<string, Entry>();
  const free = new Set(removed);
  for (const entry of added) {
    let best: Entry | undefined;
    let bestScore = 0;
    for (const candidate of free) {
      if (candidate.type !== entry.type || candidate.mode !== entry.mode) continue;
      const score = similarity(candidate.body, entry.body);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best) {
      pairs.set(entry.address, best);
      free.delete(best);
    }
  }
  return pairs;
}

function similarity(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  let equal = 0;
  for (const k of keys) if (k in a && k in b && normalizeReferences(a[k]) === normalizeReferences(b[k])) equal++;
  return keys.size === 0 ? 0 : equal / keys.size;
}

function normalizeReferences(value: unknown): string {
  return JSON.stringify(value ?? null).replace(/((?:data\.)?[a-z][a-z0-9_]*)\.[A-Za-z_][A-Za-z0-9_-]*\./g, "$1.*.");
}

function changeOf(before: Entry, after: Entry): ResourceChange | undefined {
  const changes = attributeChanges(before.body, after.body, after.type);
  if (changes.length === 0) return undefined;
  if (after.mode === "data") return { address: after.address, ...pathOf(after), impact: Impact.READ, changes, warnings: [] };
  const replaced = changes.some((c) => c.forcesReplacement);
  const reasons = changes.filter((c) => c.forcesReplacement).map((c) => c.path);
  const through = anyChangeReplacers(after.type);
  const why = through.length > 0 ? ` (${through.join(", ")} is computed and RequiresReplace, so any change replaces)` : "";
  return {
    address: after.address,
    ...pathOf(after),
    impact: replaced ? Impact.REPLACE : Impact.UPDATE,
    changes,
    warnings: replaced ? destroyWarnings(before, `${reasons.join(", ")} cannot change in place${why}`) : [],
  };
}

/** Every leaf that differs, with nested paths (`source.container_registry.batch_settings.max_count`). */
function attributeChanges(before: Record<string, unknown>, after: Record<string, unknown>, type: string): AttributeChange[] {
  const out: AttributeChange[] = [];
  const rules = REPLACING_ARGUMENTS[type] ?? {};
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) walk(a[k], b[k], path ? `${path}.${k}` : k);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((v, i) => walk(v, b[i], `${path}[${i}]`));
      return;
    }
    const rule = rules[path];
    const forcesReplacement = rule === ReplaceRule.ALWAYS || (rule === ReplaceRule.IF_CONFIGURED && b !== undefined);
    out.push({ path, before: a, after: b, ...(forcesReplacement && { forcesReplacement }) });
  };
  walk(before, after, "");
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function destroyWarnings(entry: Entry, why: string): string[] {
  const warnings: string[] = [];
  const lifecycle = entry.body.lifecycle as { prevent_destroy?: unknown } | undefined;
  if (lifecycle?.prevent_destroy === true) warnings.push(`${entry.address} has prevent_destroy and ${why}: Terraform will refuse to plan this`);
  const stateful = STATEFUL_TYPES[entry.type];
  if (stateful) warnings.push(`${entry.address} will be destroyed because ${why}; ${stateful}, so the apply fails halfway once it has any`);
  return warnings;
}

/** True when any change destroys something (replace or destroy). */
export function destroysAnything(report: DiffReport): boolean {
  return report.stacks.some((s) => s.changes.some((c) => c.impact === Impact.REPLACE || c.impact === Impact.DESTROY));
}
