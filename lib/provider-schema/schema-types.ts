/**
 * Types for the JSON that `terraform providers schema -json` prints, narrowed to what this
 * project reads. The names mirror Terraform's own JSON keys so a document can be typed as-is.
 */

/** A Terraform type expression in its JSON encoding: `"string"`, `["list", "string"]`, `["object", {...}]`. */
export type TerraformType = string | [string, TerraformType] | [string, Record<string, TerraformType>] | [string, TerraformType[]];

/** How a nested attribute or block repeats. */
export type NestingMode = "single" | "list" | "set" | "map" | "group";

/** One attribute of a block or of a nested attribute. */
export interface SchemaAttribute {
  readonly type?: TerraformType;
  readonly nested_type?: NestedAttributeType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly description?: string;
  readonly description_kind?: string;
}

/** The object type of a nested attribute (protocol 6 `nested_type`). */
export interface NestedAttributeType {
  readonly attributes: Record<string, SchemaAttribute>;
  readonly nesting_mode: NestingMode;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A block: attributes plus nested block types. */
export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
}

/** A nested block type with its nesting mode and item bounds. */
export interface SchemaBlockType {
  readonly block: SchemaBlock;
  readonly nesting_mode: NestingMode;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** The schema of the provider configuration, a resource or a data source. */
export interface TypeSchema {
  readonly version: number;
  readonly block: SchemaBlock;
}

/** All schemas of one provider. */
export interface ProviderSchema {
  readonly provider: TypeSchema;
  readonly resource_schemas?: Record<string, TypeSchema>;
  readonly data_source_schemas?: Record<string, TypeSchema>;
}

/** The whole document, with the `provider_versions` map that cdktf's schema cache expects. */
export interface ProviderSchemaDocument {
  readonly format_version: string;
  readonly provider_schemas: Record<string, ProviderSchema>;
  readonly provider_versions?: Record<string, string>;
}
