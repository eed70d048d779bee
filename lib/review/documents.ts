import { parse, stringify } from "yaml";
import { unifiedDiff } from "./text-diff";

/** How a text-valued argument is shown in a diff. */
export enum TextKind {
  /** A JSON document (an OpenAPI spec): parsed and pretty-printed as YAML. */
  JSON = "JSON document",
  /** A YAML document: parsed and pretty-printed. */
  YAML = "YAML document",
  /** Several lines of anything else (a jq expression): compared line by line as written. */
  TEXT = "text",
}

/** The lines a reviewer compares for a string argument, or undefined for a one-line string that is no document. */
export function readableLines(value: string): { kind: TextKind; lines: string[] } | undefined {
  const trimmed = value.trim();
  if (/^[[{]/.test(trimmed)) {
    const parsed = tryParse(() => JSON.parse(trimmed) as unknown);
    if (isCollection(parsed)) return { kind: TextKind.JSON, lines: pretty(parsed) };
  }
  if (!value.includes("\n")) return undefined;
  const parsed = tryParse(() => parse(value) as unknown);
  if (isCollection(parsed)) return { kind: TextKind.YAML, lines: pretty(parsed) };
  return { kind: TextKind.TEXT, lines: value.replace(/\n$/, "").split(/\r?\n/) };
}

/**
 * A unified diff of a changed string argument as documents or lines, with the kind shown, when
 * either side is a document or spans lines; undefined otherwise (and for values that are not strings).
 */
export function documentDiff(before: unknown, after: unknown): { kind: TextKind; diff: string[] } | undefined {
  if (!isStringOrUnset(before) || !isStringOrUnset(after)) return undefined;
  const a = before === undefined ? undefined : readableLines(before);
  const b = after === undefined ? undefined : readableLines(after);
  if (!a && !b) return undefined;
  const kind = [a?.kind, b?.kind].find((k) => k !== undefined && k !== TextKind.TEXT) ?? TextKind.TEXT;
  const linesOf = (value: string | undefined, readable: typeof a) => readable?.lines ?? (value === undefined ? [] : [value]);
  return { kind, diff: unifiedDiff(linesOf(before, a), linesOf(after, b)) };
}

function pretty(value: unknown): string[] {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, "").split("\n");
}

function isCollection(value: unknown): boolean {
  return value !== null && typeof value === "object";
}

function isStringOrUnset(value: unknown): value is string | undefined {
  return value === undefined || typeof value === "string";
}

function tryParse(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}
