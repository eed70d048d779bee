import { REPLACING_ARGUMENTS, ReplaceRule, STATEFUL_TYPES } from "../validate/provider-rules";

/** A synthesized stack document, as far as the comparison reads it. */
export interface StackDocument {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  /** Read by the graph to follow cross-stack references to the resource behind an output. */
  readonly output?: Record<string, { readonly value?: unknown }>;
}

/** What applying a change does to the resource. */
export enum Impact {
  CREATE = "create",
  UPDATE = "update",
  REPLACE = "replace",
  DESTROY = "destroy",
  READ = "read",
}

/** One changed argument: `path` old → new (undefined when absent). */
export interface AttributeChange {
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
  /** Set when this change alone replaces the resource. */
  readonly forcesReplacement?: boolean;
}

/** One resource or data source that differs between base and head. */
export interface ResourceChange {
  /** Address in the head, or in the base for a destroy. */
  readonly address: string;
  /** Base address when the address itself changed. */
  readonly previousAddress?: string;
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
  const moves = pairMoves(removed, added);

  for (const entry of after.values()) {
    const old = before.get(entry.address);
    if (old) {
      const change = changeOf(old, entry);
      if (change) changes.push(change);
    } else if (moves.has(entry.address)) {
      const from = moves.get(entry.address)!;
      changes.push({
        address: entry.address,
        previousAddress: from.address,
        impact: entry.mode === "data" ? Impact.READ : Impact.REPLACE,
        changes: attributeChanges(from.body, entry.body, entry.type),
        warnings:
          entry.mode === "data"
            ? []
            : destroyWarnings(from, `its address changes from ${from.address}, so Terraform destroys it and creates a new one`),
      });
    } else {
      changes.push({ address: entry.address, impact: entry.mode === "data" ? Impact.READ : Impact.CREATE, changes: [], warnings: [] });
    }
  }
  cascadeReplacements(changes, after);
  const movedFrom = new Set([...moves.values()].map((e) => e.address));
  for (const entry of removed) {
    if (movedFrom.has(entry.address)) continue;
    changes.push({
      address: entry.address,
      impact: entry.mode === "data" ? Impact.READ : Impact.DESTROY,
      changes: [],
      warnings: entry.mode === "data" ? [] : destroyWarnings(entry, "it is removed"),
    });
  }
  return changes.sort((a, b) => a.address.localeCompare(b.address));
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
        after: `(new value: ${cause.r} is replaced)`,
        forcesReplacement: true,
      };
      const index = changes.findIndex((c) => c.address === entry.address);
      const existing = index >= 0 ? changes[index] : undefined;
      if (existing && existing.impact !== Impact.UPDATE) continue;
      const change: ResourceChange = {
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
        out.set(address, { address, type, mode, body: withoutMetadata(body) });
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
  if (after.mode === "data") return { address: after.address, impact: Impact.READ, changes, warnings: [] };
  const replaced = changes.some((c) => c.forcesReplacement);
  const reasons = changes.filter((c) => c.forcesReplacement).map((c) => c.path);
  return {
    address: after.address,
    impact: replaced ? Impact.REPLACE : Impact.UPDATE,
    changes,
    warnings: replaced ? destroyWarnings(before, `${reasons.join(", ")} cannot change in place`) : [],
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
