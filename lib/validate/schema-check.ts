import { NestedAttributeType, ProviderSchema, SchemaAttribute, SchemaBlock, SchemaBlockType, TerraformType } from "../provider-schema/schema-types";
import { childPath, Finding, FindingKind } from "./findings";
import { RuleInfo } from "./rules/rule";
import { isInterpolated, isObject, JsonObject, JsonValue } from "./values";

/** YC-SCHEMA: every resource, data source and provider block matches the pinned provider schema. */
export const SCHEMA_RULE: RuleInfo = {
  id: "YC-SCHEMA",
  rationale: "Terraform refuses unknown types and attributes, missing required ones, read-only ones that are set and wrong value shapes.",
};

/** Keys Terraform itself handles on every resource or data source; the provider schema does not list them. */
const META_ARGUMENTS = new Set(["//", "alias", "count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);

/**
 * Checks one resource or data source body against its type's schema: unknown keys, missing
 * required attributes and blocks, computed-only attributes that are set, value types, nested
 * attribute and block shapes, and item counts.
 */
export function checkAgainstSchema(address: string, body: JsonObject, block: SchemaBlock): Finding[] {
  const findings: Finding[] = [];
  const report = (path: string, message: string): void => {
    findings.push({ address, path, message, kind: FindingKind.SCHEMA, rule: SCHEMA_RULE.id });
  };
  checkBlock(body, block, "", report, true);
  return findings;
}

type Report = (path: string, message: string) => void;

function checkBlock(body: JsonObject, block: SchemaBlock, path: string, report: Report, topLevel: boolean): void {
  checkObjectKeys(body, block.attributes ?? {}, path, report, topLevel, block.block_types ?? {});
  for (const [name, type] of Object.entries(block.block_types ?? {})) {
    const value = body[name];
    const here = childPath(path, name);
    if (value === undefined || value === null) {
      if ((type.min_items ?? 0) > 0) report(here, `block is required (at least ${type.min_items})`);
      continue;
    }
    checkBlockValue(value, type, here, report);
  }
}

function checkObjectKeys(
  body: JsonObject,
  attributes: Record<string, SchemaAttribute>,
  path: string,
  report: Report,
  topLevel: boolean,
  blockTypes: Record<string, SchemaBlockType> = {},
): void {
  for (const key of Object.keys(body)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    if (!(key in attributes) && !(key in blockTypes)) {
      const known = [...Object.keys(attributes), ...Object.keys(blockTypes)].sort().join(", ");
      report(childPath(path, key), `unknown attribute or block; known: ${known}`);
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = body[name];
    const here = childPath(path, name);
    if (value === undefined || value === null) {
      if (attribute.required) report(here, "required attribute is missing");
      continue;
    }
    if (attribute.computed && !attribute.optional && !attribute.required) {
      report(here, "is read-only (computed by the provider) and cannot be set");
      continue;
    }
    if (attribute.nested_type) checkNested(value, attribute.nested_type, here, report);
    else if (attribute.type !== undefined) checkType(value, attribute.type, here, report);
  }
}

function checkBlockValue(value: JsonValue, type: SchemaBlockType, path: string, report: Report): void {
  if (isInterpolated(value)) return;
  if (type.nesting_mode === "single" || type.nesting_mode === "group") {
    if (!isObject(value)) return report(path, `must be an object (a ${type.nesting_mode} block), got ${describe(value)}`);
    return checkBlock(value, type.block, path, report, false);
  }
  if (type.nesting_mode === "map") {
    if (!isObject(value)) return report(path, `must be an object of blocks by key, got ${describe(value)}`);
    for (const [k, v] of Object.entries(value)) {
      if (!isObject(v)) report(childPath(path, k), `must be an object, got ${describe(v)}`);
      else checkBlock(v, type.block, childPath(path, k), report, false);
    }
    return;
  }
  // list and set blocks: Terraform JSON takes an array of objects, or one object for one block
  const items = Array.isArray(value) ? value : [value];
  checkCount(items.length, type, path, report);
  items.forEach((item, i) => {
    const here = Array.isArray(value) ? childPath(path, i) : path;
    if (!isObject(item)) report(here, `must be an object (a block), got ${describe(item)}`);
    else checkBlock(item, type.block, here, report, false);
  });
}

function checkNested(value: JsonValue, nested: NestedAttributeType, path: string, report: Report): void {
  if (isInterpolated(value)) return;
  const mode = nested.nesting_mode;
  if (mode === "single" || mode === "group") {
    if (!isObject(value)) return report(path, `must be an object (nested attribute, nesting ${mode}), got ${describe(value)}`);
    return checkObjectKeys(value, nested.attributes, path, report, false);
  }
  if (mode === "map") {
    if (!isObject(value)) return report(path, `must be an object of objects (nested attribute, nesting map), got ${describe(value)}`);
    for (const [k, v] of Object.entries(value)) checkNestedItem(v, nested, childPath(path, k), report);
    return;
  }
  if (!Array.isArray(value)) return report(path, `must be an array of objects (nested attribute, nesting ${mode}), got ${describe(value)}`);
  checkCount(value.length, nested, path, report);
  value.forEach((item, i) => checkNestedItem(item, nested, childPath(path, i), report));
}

function checkNestedItem(item: JsonValue, nested: NestedAttributeType, path: string, report: Report): void {
  if (isInterpolated(item)) return;
  if (!isObject(item)) report(path, `must be an object, got ${describe(item)}`);
  else checkObjectKeys(item, nested.attributes, path, report, false);
}

function checkCount(count: number, bounds: { min_items?: number; max_items?: number }, path: string, report: Report): void {
  if (bounds.max_items !== undefined && bounds.max_items > 0 && count > bounds.max_items) {
    report(path, `has ${count} items; at most ${bounds.max_items} allowed`);
  }
  if (bounds.min_items !== undefined && count < bounds.min_items) report(path, `has ${count} items; at least ${bounds.min_items} required`);
}

/** Checks a value against a Terraform type, with Terraform's own conversions (number or bool to string, numeric string to number). */
export function checkType(value: JsonValue, type: TerraformType, path: string, report: Report): void {
  if (value === null || isInterpolated(value)) return;
  if (typeof type === "string") {
    switch (type) {
      case "string":
        if (typeof value === "object") report(path, `must be a string, got ${describe(value)}`);
        return;
      case "number":
        if (typeof value === "number" || (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value)))) return;
        return report(path, `must be a number, got ${describe(value)}`);
      case "bool":
        if (typeof value === "boolean" || value === "true" || value === "false") return;
        return report(path, `must be a bool, got ${describe(value)}`);
      default:
        return; // "dynamic" accepts anything
    }
  }
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return report(path, `must be a ${kind} (JSON array), got ${describe(value)}`);
    value.forEach((v, i) => checkType(v, inner as TerraformType, childPath(path, i), report));
  } else if (kind === "map") {
    if (!isObject(value)) return report(path, `must be a map (JSON object), got ${describe(value)}`);
    for (const [k, v] of Object.entries(value)) checkType(v, inner as TerraformType, childPath(path, k), report);
  } else if (kind === "object") {
    if (!isObject(value)) return report(path, `must be an object, got ${describe(value)}`);
    const fields = inner as Record<string, TerraformType>;
    for (const [k, v] of Object.entries(value)) {
      if (!(k in fields)) report(childPath(path, k), `unknown object attribute; known: ${Object.keys(fields).sort().join(", ")}`);
      else checkType(v, fields[k], childPath(path, k), report);
    }
  } else if (kind === "tuple") {
    if (!Array.isArray(value)) return report(path, `must be a tuple (JSON array), got ${describe(value)}`);
    (inner as TerraformType[]).forEach((t, i) => value[i] !== undefined && checkType(value[i], t, childPath(path, i), report));
  }
}

function describe(value: JsonValue): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The schema of a resource or data source type, or undefined for an unknown type. */
export function typeBlock(schema: ProviderSchema, mode: "resource" | "data", type: string): SchemaBlock | undefined {
  const all = mode === "resource" ? schema.resource_schemas : schema.data_source_schemas;
  return all?.[type]?.block;
}
