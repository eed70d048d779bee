import { ProviderSchema, SchemaAttribute } from "../../lib/provider-schema/schema-types";
import { LABEL_FACTS, LabelFacts, MAX_LABELS, NAME_PATTERNS, REPLACE_FACTS, ReplaceFact } from "../fixtures/yandex-provider-facts";

/** What a change to an attribute does, as the fixture's facts imply it. */
export type ExpectedReplace = "always" | "if-configured" | "in-place";

/**
 * The attributes the provider itself reports as requiring replacement when `attribute` of `type`
 * changes: its own, and a computed RequiresReplace one (`id`) that the framework marks unknown.
 */
export function expectedRequiresReplace(type: string, attribute: string): string[] {
  if (expectedReplace(type, attribute) === "in-place") return [];
  const own = REPLACE_FACTS[type][attribute].modifier === "ComputedRequiresReplace" ? [] : [attribute];
  const through = Object.entries(REPLACE_FACTS[type])
    .filter(([, f]) => f.modifier === "RequiresReplace" && f.flags === "optional+computed")
    .map(([name]) => name);
  return [...new Set([...own, ...through])].sort();
}

/**
 * The replace behaviour a provider fact implies. RequiresReplaceIfConfigured replaces only for a
 * configured value; SDKv2 ForceNew on an optional+computed attribute behaves the same way, because
 * an unset value keeps the prior computed one and so never differs.
 */
export function expectedReplace(type: string, attribute: string): ExpectedReplace {
  const fact: ReplaceFact | undefined = REPLACE_FACTS[type]?.[attribute];
  if (!fact) return "in-place";
  if (fact.modifier === "RequiresReplaceIfConfigured") return "if-configured";
  if (fact.modifier === "ForceNew" && fact.flags === "optional+computed") return "if-configured";
  return "always";
}

/** A Go RE2 pattern from the fixture as a JavaScript RegExp (the fixture's patterns use no RE2-only syntax). */
export function goPattern(source: string): RegExp {
  return new RegExp(source);
}

/** True when the provider accepts `name` for the type; types without a name rule accept any string. */
export function nameAccepted(type: string, name: string): boolean {
  const source = NAME_PATTERNS[type];
  return source === undefined || goPattern(source).test(name);
}

/** True when one label entry passes the type's key and value rules. */
export function labelEntryAccepted(facts: LabelFacts, key: string, value: string): boolean {
  // LENGTH_UNIT: the provider counts bytes, as Go's len does
  const [keyBytes, valueBytes] = [Buffer.byteLength(key, "utf8"), Buffer.byteLength(value, "utf8")];
  return (
    keyBytes >= facts.keyLength.min &&
    keyBytes <= facts.keyLength.max &&
    goPattern(facts.keyPattern).test(key) &&
    valueBytes >= facts.valueLength.min &&
    valueBytes <= facts.valueLength.max &&
    goPattern(facts.valuePattern).test(value)
  );
}

/** Every reason the provider would refuse these labels on the type (none for types without label rules). */
export function labelProblems(type: string, labels: Record<string, string>): string[] {
  const facts = LABEL_FACTS[type];
  if (!facts) return [];
  const entries = Object.entries(labels);
  return [
    ...(entries.length > MAX_LABELS ? [`${type}: ${entries.length} labels, at most ${MAX_LABELS}`] : []),
    ...entries.filter(([k, v]) => !labelEntryAccepted(facts, k, v)).map(([k, v]) => `${type}: label ${JSON.stringify(k)}=${JSON.stringify(v)}`),
  ];
}

/** Attributes a configuration can set (required or optional) on a type of the pinned schema, without `id` and `timeouts`. */
export function configurableAttributes(schema: ProviderSchema, type: string): Record<string, SchemaAttribute> {
  const attributes = schema.resource_schemas?.[type]?.block.attributes ?? {};
  return Object.fromEntries(Object.entries(attributes).filter(([name, a]) => (a.required || a.optional) && name !== "id" && name !== "timeouts"));
}

/** A value of the attribute's type that differs for each `n`. */
export function sampleValue(attribute: SchemaAttribute | undefined, n: number): string | number | boolean | object {
  const type = attribute?.type ?? "string";
  if (type === "number") return n;
  if (type === "bool") return n % 2 === 1;
  if (Array.isArray(type) && type[0] === "map") return { key: `v${n}` };
  if (Array.isArray(type)) return [`v${n}`];
  if (attribute?.nested_type) return attribute.nested_type.nesting_mode === "single" ? { marker: `v${n}` } : [{ marker: `v${n}` }];
  return `v${n}`;
}
