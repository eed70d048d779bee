import { childPath, FindingKind } from "../findings";
import { isInterpolated, isObject, JsonObject } from "../values";
import { known, LengthLimit, lengthProblem, LengthUnit, ProviderRule, Report } from "./rule";

/** Key and value rules of a `labels` map. */
export interface LabelRules {
  readonly keyPattern: RegExp;
  readonly valuePattern: RegExp;
  /** The length of a key, in the unit of whoever checks it (the provider counts bytes). */
  readonly keyLength: LengthLimit;
  /** The length of a value. */
  readonly valueLength: LengthLimit;
  readonly maxEntries: number;
  /** The characters `keyPattern` and `valuePattern` allow, in plain words. */
  readonly characters: string;
}

/** Labels of registries and service accounts (the strict set). */
export const STRICT_LABEL_RULES: LabelRules = {
  keyPattern: /^([a-z][-_0-9a-z]*)$/,
  valuePattern: /^([-_0-9a-z]*)$/,
  keyLength: { min: 1, max: 63, unit: LengthUnit.BYTES },
  valueLength: { min: 0, max: 63, unit: LengthUnit.BYTES },
  maxEntries: 64,
  characters: "lower-case letters, digits, '-' and '_'",
};

/** Labels of triggers and API gateways: `.`, `/` and `@` are allowed too. */
export const TRIGGER_LABEL_RULES: LabelRules = {
  ...STRICT_LABEL_RULES,
  keyPattern: /^([a-z][-_./@0-9a-z]*)$/,
  valuePattern: /^([-_./@0-9a-z]*)$/,
  characters: "lower-case letters, digits, '-', '_', '.', '/' and '@'",
};

/** Describes what is wrong with one label entry, or returns undefined when it is valid. */
export function labelEntryProblem(key: string, value: string, rules: LabelRules): string | undefined {
  // The patterns allow ASCII only, so a key or value that matches has as many bytes as characters.
  const { keyLength: k, valueLength: v } = rules;
  if (key === "" || !rules.keyPattern.test(key))
    return `key "${key}" must be ${k.min}-${k.max} ${k.unit}: ${rules.characters}, starting with a letter`;
  const keyLength = lengthProblem(key, k);
  if (keyLength !== undefined) return `key "${key}" ${keyLength}`;
  if (!rules.valuePattern.test(value)) return `value "${value}" of key "${key}" must be ${v.min}-${v.max} ${v.unit}: ${rules.characters}`;
  const valueLength = lengthProblem(value, v);
  return valueLength === undefined ? undefined : `value "${value}" of key "${key}" ${valueLength}`;
}

/** What is allowed when a labels map has too many entries, or undefined when it has few enough. */
export function labelCountProblem(count: number, rules: LabelRules): string | undefined {
  return count > rules.maxEntries ? `must have at most ${rules.maxEntries} labels (it has ${count})` : undefined;
}

/** The label rules of each resource type the library creates. */
export const LABEL_RULES_BY_TYPE: Readonly<Record<string, LabelRules>> = {
  yandex_serverless_triggers: TRIGGER_LABEL_RULES,
  yandex_container_registry: STRICT_LABEL_RULES,
  yandex_iam_service_account: STRICT_LABEL_RULES,
};

/** Reports every known label entry of `body` that breaks `rules`. */
export function reportLabelEntries(body: JsonObject, rules: LabelRules, report: Report): void {
  const labels = known(body.labels);
  if (!isObject(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    if (isInterpolated(key) || typeof value !== "string" || isInterpolated(value)) continue;
    const problem = labelEntryProblem(key, value, rules);
    if (problem !== undefined) report(childPath("labels", key), problem);
  }
}

/** YC-LABELS: label keys and values follow the provider's rules for the resource type (lengths in bytes). */
export const LABELS_RULE: ProviderRule = {
  id: "YC-LABELS",
  rationale: "The provider refuses label keys and values outside its regexes, or over 63 bytes, at plan time.",
  resourceTypes: Object.keys(LABEL_RULES_BY_TYPE),
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 resource_schema.go of the trigger, registry and service account (label key and value regexes, LengthBetween in bytes)",
  check(body, report, type) {
    reportLabelEntries(body, LABEL_RULES_BY_TYPE[type], report);
  },
};
