import {
  ProviderSchema,
  ProviderSchemaDocument,
  SchemaAttribute,
  SchemaBlock,
  SchemaBlockType,
  TypeSchema,
} from "../../lib/provider-schema/schema-types";

/** Which provider and which of its types to keep when trimming a full provider schema. */
export interface TrimOptions {
  /** Full source address, e.g. `registry.terraform.io/yandex-cloud/yandex`. */
  readonly providerSource: string;
  /** The version recorded in `provider_versions`. */
  readonly version: string;
  /** Resource types to keep. */
  readonly resources: readonly string[];
  /** Data source types to keep. */
  readonly dataSources: readonly string[];
}

/**
 * Reduces a `terraform providers schema -json` document to one provider and the types in use,
 * drops every `description`, records the version and sorts all keys, so the result diffs cleanly.
 * Fails when a requested type is not in the document: a silently missing type would only show
 * up later as missing bindings.
 */
export function trimProviderSchema(doc: ProviderSchemaDocument, options: TrimOptions): ProviderSchemaDocument {
  const provider = doc.provider_schemas[options.providerSource];
  if (!provider) {
    const found = Object.keys(doc.provider_schemas).join(", ") || "none";
    throw new Error(`Provider "${options.providerSource}" is not in the schema document (found: ${found}).`);
  }
  const trimmed: ProviderSchema = {
    provider: stripType(provider.provider),
    resource_schemas: mapValues(pick(provider.resource_schemas ?? {}, options.resources, "resource"), stripType),
    data_source_schemas: mapValues(pick(provider.data_source_schemas ?? {}, options.dataSources, "data source"), stripType),
  };
  const result: ProviderSchemaDocument = {
    format_version: doc.format_version,
    provider_schemas: { [options.providerSource]: trimmed },
    provider_versions: { [options.providerSource]: options.version },
  };
  return sortKeys(result) as ProviderSchemaDocument;
}

/** Serializes a schema document the way it is committed: two-space indent, trailing newline. */
export function formatSchemaDocument(doc: ProviderSchemaDocument): string {
  return JSON.stringify(sortKeys(doc), null, 2) + "\n";
}

function pick(all: Record<string, TypeSchema>, names: readonly string[], kind: string): Record<string, TypeSchema> {
  const missing = names.filter((n) => !(n in all));
  if (missing.length > 0) {
    throw new Error(`The schema document has no ${kind} type ${missing.map((m) => `"${m}"`).join(", ")}.`);
  }
  return Object.fromEntries(names.map((n) => [n, all[n]]));
}

function stripType(schema: TypeSchema): TypeSchema {
  return { ...schema, block: stripBlock(schema.block) };
}

function stripBlock(block: SchemaBlock): SchemaBlock {
  const { description: _omit, ...rest } = block;
  return {
    ...rest,
    ...(block.attributes && { attributes: mapValues(block.attributes, stripAttribute) }),
    ...(block.block_types && {
      block_types: mapValues(block.block_types, (t): SchemaBlockType => ({ ...t, block: stripBlock(t.block) })),
    }),
  };
}

function stripAttribute(attribute: SchemaAttribute): SchemaAttribute {
  const { description: _omit, ...rest } = attribute;
  if (!attribute.nested_type) return rest;
  return { ...rest, nested_type: { ...attribute.nested_type, attributes: mapValues(attribute.nested_type.attributes, stripAttribute) } };
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v)]));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
