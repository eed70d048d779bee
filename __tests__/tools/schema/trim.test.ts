import { ProviderSchemaDocument } from "../../../lib/provider-schema";
import { formatSchemaDocument, trimProviderSchema } from "../../../tools/schema/trim";

const SOURCE = "registry.terraform.io/acme/thing";

function fixture(): ProviderSchemaDocument {
  return {
    format_version: "1.0",
    provider_schemas: {
      [SOURCE]: {
        provider: {
          version: 0,
          block: {
            description: "provider doc",
            attributes: { token: { type: "string", optional: true, sensitive: true, description: "the token" } },
          },
        },
        resource_schemas: {
          thing_b: {
            version: 1,
            block: {
              attributes: {
                description: { type: "string", optional: true, description: "an attribute named description" },
                nested: {
                  nested_type: { nesting_mode: "single", attributes: { z: { type: "number", required: true, description: "deep" } } },
                  optional: true,
                },
              },
              block_types: {
                timeouts: { nesting_mode: "single", block: { description: "block doc", attributes: { create: { type: "string", optional: true } } } },
              },
            },
          },
          thing_a: { version: 0, block: { attributes: { id: { type: "string", computed: true } } } },
          thing_unused: { version: 0, block: {} },
        },
        data_source_schemas: { thing_a: { version: 0, block: {} }, thing_other: { version: 0, block: {} } },
      },
      "registry.terraform.io/other/p": { provider: { version: 0, block: {} } },
    },
  };
}

const options = { providerSource: SOURCE, version: "1.2.3", resources: ["thing_b", "thing_a"], dataSources: ["thing_a"] };

describe("trimProviderSchema", () => {
  test("keeps only the requested provider and types", () => {
    const trimmed = trimProviderSchema(fixture(), options);
    expect(Object.keys(trimmed.provider_schemas)).toEqual([SOURCE]);
    expect(Object.keys(trimmed.provider_schemas[SOURCE].resource_schemas!)).toEqual(["thing_a", "thing_b"]);
    expect(Object.keys(trimmed.provider_schemas[SOURCE].data_source_schemas!)).toEqual(["thing_a"]);
  });

  test("records the version in provider_versions", () => {
    expect(trimProviderSchema(fixture(), options).provider_versions).toEqual({ [SOURCE]: "1.2.3" });
  });

  test("strips descriptions at every depth but keeps an attribute named description", () => {
    const text = formatSchemaDocument(trimProviderSchema(fixture(), options));
    expect(text).not.toMatch(/doc|the token|deep|an attribute named/);
    const b = trimProviderSchema(fixture(), options).provider_schemas[SOURCE].resource_schemas!.thing_b;
    expect(b.block.attributes!.description).toEqual({ type: "string", optional: true });
    expect(b.block.attributes!.nested.nested_type!.attributes.z).toEqual({ type: "number", required: true });
  });

  test("sorts keys so the output is the same whatever the input order", () => {
    const text = formatSchemaDocument(trimProviderSchema(fixture(), options));
    const reordered = formatSchemaDocument(trimProviderSchema(fixture(), { ...options, resources: ["thing_a", "thing_b"] }));
    expect(reordered).toBe(text);
    expect(text.indexOf('"data_source_schemas"')).toBeLessThan(text.indexOf('"provider"'));
    expect(text.endsWith("}\n")).toBe(true);
  });

  test("fails when a requested type is missing", () => {
    expect(() => trimProviderSchema(fixture(), { ...options, resources: ["thing_x"] })).toThrow(/no resource type "thing_x"/);
  });

  test("fails when the provider is missing", () => {
    expect(() => trimProviderSchema(fixture(), { ...options, providerSource: "registry.terraform.io/no/such" })).toThrow(
      /"registry.terraform.io\/no\/such" is not in the schema document/,
    );
  });
});
