import { NestedAttributeType, NestingMode, SchemaAttribute, SchemaBlock, TypeSchema } from "../../lib/provider-schema/schema-types";

const NESTING: Record<NestingMode, number> = { single: 1, list: 2, set: 3, map: 4, group: 5 };

/** A schema as the protocol's `Schema` message (attribute types as their JSON encoding in bytes). */
export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: Array<{ type_name: string; block: ProtoBlock; nesting: number; min_items: number; max_items: number }>;
  description_kind: number;
  deprecated: boolean;
}

interface ProtoAttribute {
  name: string;
  type?: Buffer;
  nested_type?: { attributes: ProtoAttribute[]; nesting: number };
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  description_kind: number;
}

/** Converts one type's schema from the `providers schema -json` form to the protocol form. */
export function toProtoSchema(schema: TypeSchema): ProtoSchema {
  return { version: schema.version, block: toProtoBlock(schema.block, schema.version) };
}

function toProtoBlock(block: SchemaBlock, version = 0): ProtoBlock {
  return {
    version,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => toProtoAttribute(name, a)),
    block_types: Object.entries(block.block_types ?? {}).map(([name, t]) => ({
      type_name: name,
      block: toProtoBlock(t.block),
      nesting: NESTING[t.nesting_mode],
      min_items: t.min_items ?? 0,
      max_items: t.max_items ?? 0,
    })),
    description_kind: 0,
    deprecated: block.deprecated ?? false,
  };
}

function toProtoAttribute(name: string, a: SchemaAttribute): ProtoAttribute {
  return {
    name,
    ...(a.type !== undefined && { type: Buffer.from(JSON.stringify(a.type)) }),
    ...(a.nested_type && { nested_type: toProtoObject(a.nested_type) }),
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    deprecated: a.deprecated ?? false,
    description_kind: 0,
  };
}

function toProtoObject(nested: NestedAttributeType): { attributes: ProtoAttribute[]; nesting: number } {
  return { attributes: Object.entries(nested.attributes).map(([n, a]) => toProtoAttribute(n, a)), nesting: NESTING[nested.nesting_mode] };
}
