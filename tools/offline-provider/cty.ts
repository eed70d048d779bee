import { createHash } from "crypto";
import { decode, encode, ExtensionCodec } from "@msgpack/msgpack";
import { NestedAttributeType, SchemaAttribute, SchemaBlock, TerraformType } from "../../lib/provider-schema/schema-types";

/** A value Terraform does not know yet ("known after apply"). */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A cty value as the stand-in handles it: JSON-like, with {@link UNKNOWN} for unknowns. */
export type CtyValue = null | string | number | boolean | typeof UNKNOWN | CtyValue[] | { [key: string]: CtyValue };

/** A cty object value. */
export type CtyObject = { [key: string]: CtyValue };

const codec = new ExtensionCodec();
// cty encodes an unknown as extension 0; Terraform 1.6+ may send a refined unknown as extension 12.
for (const type of [0, 12]) {
  codec.register({
    type,
    encode: (value: unknown) => (type === 0 && value === UNKNOWN ? new Uint8Array([0]) : null),
    decode: () => UNKNOWN,
  });
}

/** Decodes a `DynamicValue.msgpack`. */
export function decodeMsgpack(bytes: Uint8Array): CtyValue {
  return bytes.length === 0 ? null : (decode(bytes, { extensionCodec: codec }) as CtyValue);
}

/** Encodes a value as `DynamicValue.msgpack`. */
export function encodeMsgpack(value: CtyValue): Buffer {
  return Buffer.from(encode(value, { extensionCodec: codec }));
}

function isObject(value: CtyValue | undefined): value is CtyObject {
  return value !== null && value !== undefined && value !== UNKNOWN && typeof value === "object" && !Array.isArray(value);
}

/** What to put where an attribute is null or unknown: a function of its schema and value. */
type Fill = (attribute: SchemaAttribute, value: CtyValue, path: string) => CtyValue;

/**
 * Rebuilds an object of `block`'s shape from `value`: every attribute and block present
 * (missing ones null), every attribute passed through `fill`, nested objects recursed into.
 */
export function mapBlock(block: SchemaBlock, value: CtyValue, fill: Fill, path = ""): CtyValue {
  if (!isObject(value)) return value;
  const out: CtyObject = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const here = path ? `${path}.${name}` : name;
    const v = value[name] ?? null;
    const filled = fill(attribute, v, here);
    out[name] = attribute.nested_type && filled === v ? mapNested(attribute.nested_type, v, fill, here) : filled;
  }
  for (const [name, type] of Object.entries(block.block_types ?? {})) {
    const here = path ? `${path}.${name}` : name;
    const v = value[name] ?? (type.nesting_mode === "single" || type.nesting_mode === "group" ? null : type.nesting_mode === "map" ? {} : []);
    out[name] = mapCollection(type.nesting_mode, v, (item, key) => mapBlock(type.block, item, fill, `${here}${key}`));
  }
  return out;
}

function mapNested(nested: NestedAttributeType, value: CtyValue, fill: Fill, path: string): CtyValue {
  const block: SchemaBlock = { attributes: nested.attributes };
  return mapCollection(nested.nesting_mode, value, (item, key) => mapBlock(block, item, fill, `${path}${key}`));
}

function mapCollection(mode: string, value: CtyValue, each: (item: CtyValue, key: string) => CtyValue): CtyValue {
  if (value === null || value === UNKNOWN) return value;
  if (mode === "single" || mode === "group") return each(value, "");
  if (Array.isArray(value)) return value.map((item, i) => each(item, `[${i}]`));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, each(v, `.${k}`)]));
  return value;
}

/** Planning: computed attributes the configuration leaves null become unknown ("known after apply"). */
export function planBlock(block: SchemaBlock, proposed: CtyValue): CtyValue {
  return mapBlock(block, proposed, (attribute, value) => (value === null && attribute.computed ? UNKNOWN : value));
}

/**
 * A deterministic stand-in for a value the cloud would compute: ids are derived from `seed`
 * (the resource's type and known configuration), so the same configuration always gets the same.
 */
export function placeholder(type: TerraformType | undefined, path: string, seed: string): CtyValue {
  if (type === "string" || type === undefined) {
    const hash = createHash("sha256").update(`${seed}\0${path}`).digest("hex").slice(0, 17);
    return path.endsWith("domain") ? `offline-${hash}.apigw.yandexcloud.net` : `offline${hash}`;
  }
  if (type === "number") return 0;
  if (type === "bool") return false;
  const kind = Array.isArray(type) ? type[0] : "";
  if (kind === "list" || kind === "set" || kind === "tuple") return [];
  if (kind === "map") return {};
  return null;
}

/** Applying or reading offline: unknown (or, for reads, null computed) values become deterministic placeholders. */
export function settleBlock(block: SchemaBlock, value: CtyValue, seed: string, fillNullComputed: boolean): CtyValue {
  return mapBlock(block, value, (attribute, v, path) => {
    const missing = v === UNKNOWN || (fillNullComputed && v === null && attribute.computed === true);
    if (!missing) return v;
    const nested = attribute.nested_type?.nesting_mode;
    if (nested !== undefined) return nested === "single" ? null : nested === "map" ? {} : [];
    return placeholder(attribute.type, path, seed);
  });
}

/** The value as plain JSON for the rule checks: nulls dropped, unknowns written as an interpolation. */
export function toCheckable(value: CtyValue): unknown {
  if (value === UNKNOWN) return "${unknown}";
  if (Array.isArray(value)) return value.map(toCheckable);
  if (isObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, toCheckable(v)]),
    );
  }
  return value;
}

/** Canonical text of a value, for comparisons and seeds. */
export function stableText(value: CtyValue): string {
  if (value === UNKNOWN) return "<unknown>";
  if (Array.isArray(value)) return `[${value.map(stableText).join(",")}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableText(value[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}
