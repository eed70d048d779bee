import { childPath, FindingKind } from "../findings";
import { isInterpolated, isObject, JsonObject, JsonValue } from "../values";

/** Reports one problem at an attribute path; `kind` overrides the rule's own kind. */
export type Report = (path: string, message: string, kind?: FindingKind) => void;

/** What every check rule has: an id that findings carry and `--ignore` accepts, and why it exists. */
export interface RuleInfo {
  /** Stable id, upper-case words joined by `-`: `YC-TRIGGER-BATCH-SIZE`. */
  readonly id: string;
  /** Why the rule exists, in one line. */
  readonly rationale: string;
}

/** A rule that says where it comes from: the provider's code, or the API's definitions and documentation. */
export interface SourcedRule extends RuleInfo {
  /** What its findings are, unless a report says otherwise: `provider` (refused at plan) or `api` (refused at apply). */
  readonly kind: FindingKind;
  /** Where the rule is stated: a provider source file, a cloudapi proto and field, or a docs page. */
  readonly source: string;
}

/** One rule of the provider or the API that the pinned schema cannot express, with its check over a resource body. */
export interface ProviderRule extends SourcedRule {
  /** The resource types whose bodies the rule checks. */
  readonly resourceTypes: readonly string[];
  /** Reports every problem in one resource body of type `type`. */
  check(body: JsonObject, report: Report, type: string): void;
}

/** An inclusive integer range. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}

/** The value when it is known at synth: not an interpolation, not null. */
export function known(value: JsonValue | undefined): JsonValue | undefined {
  return value === null || isInterpolated(value) ? undefined : value;
}

/** True for an integer inside `bounds`. */
export function inBounds(value: number, bounds: Bounds): boolean {
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
}

/** What is allowed for an integer in `bounds`: `an integer from 1 to 5`. */
export function boundsText(bounds: Bounds, unit = ""): string {
  return `must be an integer from ${bounds.min} to ${bounds.max}${unit}`;
}

/** The unit a length limit counts in. */
export enum LengthUnit {
  /**
   * UTF-8 bytes: Go's `len(value)`, which the provider's `stringvalidator.LengthBetween` counts
   * (terraform-plugin-framework-validators v0.10.0, stringvalidator/length_between.go).
   */
  BYTES = "bytes",
  /**
   * Characters, as the API reference words its `length` constraints. Counted as UTF-16 code units:
   * the same as code points for Cyrillic, combining marks and every other character of the Basic
   * Multilingual Plane, and the stricter count (2) for an emoji or any other character outside it.
   */
  CHARACTERS = "characters",
}

/** An inclusive length range and the unit it counts in: one definition that the constructs and the checker share. */
export interface LengthLimit {
  readonly min: number;
  readonly max: number;
  readonly unit: LengthUnit;
}

/** The UTF-8 byte length of `value`, as Go's `len` counts it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(value: string): number {
  return Buffer.byteLength(value, "utf8");
}

/** `value`'s length in `unit`. */
function lengthIn(value: string, unit: LengthUnit): number {
  return unit === LengthUnit.BYTES ? utf8Length(value) : value.length;
}

function counted(n: number, unit: LengthUnit): string {
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}

/**
 * How long `value` is in `unit`, in words: `600 bytes (300 characters)` (characters being code points),
 * or `260 characters` (with a note when a character outside the Basic Multilingual Plane counts twice).
 */
function describeLength(value: string, unit: LengthUnit): string {
  const codePoints = [...value].length;
  if (unit === LengthUnit.BYTES) return `${counted(utf8Length(value), unit)} (${counted(codePoints, LengthUnit.CHARACTERS)})`;
  const note =
    codePoints === value.length ? "" : ` (an emoji or other character outside the Basic Multilingual Plane counts as 2; ${codePoints} code points)`;
  return `${counted(value.length, unit)}${note}`;
}

/** What is wrong with the length of `value` under `limit`, with both counts, or undefined when it fits. */
export function lengthProblem(value: string, limit: LengthLimit): string | undefined {
  const n = lengthIn(value, limit.unit);
  if (n >= limit.min && n <= limit.max) return undefined;
  const bound = n > limit.max ? `at most ${counted(limit.max, limit.unit)}` : `must be ${limit.min}-${limit.max} ${limit.unit}`;
  return `is ${describeLength(value, limit.unit)}; ${bound}`;
}

/** Reports `key` of `body` when it is a known string whose length is outside `limit`. */
export function reportLength(body: JsonObject, key: string, limit: LengthLimit, path: string, report: Report): void {
  const value = known(body[key]);
  const problem = typeof value === "string" ? lengthProblem(value, limit) : undefined;
  if (problem !== undefined) report(childPath(path, key), problem);
}

/** Reports `key` of `body` when it is known and not an integer (or numeric string) in `bounds`. */
export function reportOutOfBounds(body: JsonObject, key: string, bounds: Bounds, path: string, report: Report): void {
  const value = known(body[key]);
  if (value !== undefined && !inBounds(Number(value), bounds)) report(childPath(path, key), `got ${JSON.stringify(value)}; ${boundsText(bounds)}`);
}

const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

const GO_DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g;
const UNIT_SECONDS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** The seconds a Go duration string stands for (`"1m30s"` is 90), or undefined when it is not one. */
export function goDurationSeconds(value: string): number | undefined {
  if (!isGoDuration(value)) return undefined;
  const sign = value.startsWith("-") ? -1 : 1;
  let seconds = 0;
  for (const [, amount, unit] of value.matchAll(GO_DURATION_PART)) seconds += Number(amount) * UNIT_SECONDS[unit];
  return sign * seconds;
}

/** True when Go's `time.ParseDuration` accepts the string (`"10s"`, `"1m30s"`, `"0"`). */
export function isGoDuration(value: string): boolean {
  return value === "0" || GO_DURATION.test(value);
}

const DURATION_TEXT = 'must be a Go duration string such as "10s", "1m30s"';

/** Reports every known value of the object `values` that is not a Go duration string (validated at plan). */
export function reportDurations(values: JsonValue | undefined, path: string, report: Report): void {
  if (!isObject(values)) return;
  for (const [key, raw] of Object.entries(values)) {
    const value = known(raw);
    if (value !== undefined && (typeof value !== "string" || !isGoDuration(value)))
      report(childPath(path, key), `got ${JSON.stringify(value)}; ${DURATION_TEXT}`);
  }
}

/**
 * Reports a known duration the provider parses only when it builds the request (converter.ParseDuration):
 * at apply on create, since its DurationPlanModifier parses at plan only when there is state. For ""
 * the provider sends no duration, and the API refuses the missing required one at apply.
 */
export function reportRequestDuration(body: JsonObject, key: string, path: string, report: Report): void {
  const value = known(body[key]);
  if (value === "") report(childPath(path, key), `got ""; the provider sends no ${key}, and the API refuses one missing at apply`, FindingKind.API);
  else if (value !== undefined && (typeof value !== "string" || !isGoDuration(value)))
    report(
      childPath(path, key),
      `got ${JSON.stringify(value)}; ${DURATION_TEXT} (refused at apply on create, at plan on update)`,
      FindingKind.PROVIDER_AT_APPLY,
    );
}
