import { ProviderSchema } from "../provider-schema/schema-types";
import { Finding, FindingKind } from "./findings";
import { checkProviderRules } from "./rules";
import { checkReferences, Declarations } from "./references";
import { checkAgainstSchema, SCHEMA_RULE, typeBlock } from "./schema-check";
import { isObject, JsonObject, JsonValue } from "./values";

/**
 * Checks a synthesized `cdk.tf.json` against the pinned provider schema and the provider's
 * own rules. Returns every finding; an empty list means the document passed.
 */
export function checkTerraformDocument(doc: JsonObject, schema: ProviderSchema, providerPrefix = "yandex_"): Finding[] {
  const declared: Declarations = {
    resource: asRecord(doc.resource),
    data: asRecord(doc.data),
  };
  const findings: Finding[] = [];
  for (const mode of ["resource", "data"] as const) {
    for (const [type, byName] of Object.entries(declared[mode])) {
      if (!type.startsWith(providerPrefix)) continue;
      for (const [name, raw] of Object.entries(byName)) {
        const address = `${mode === "data" ? "data." : ""}${type}.${name}`;
        const body = raw as JsonObject;
        const block = typeBlock(schema, mode, type);
        if (!block) {
          findings.push({
            address,
            path: "",
            message: `unknown ${mode === "data" ? "data source" : "resource"} type "${type}" in the pinned provider schema`,
            kind: FindingKind.SCHEMA,
            rule: SCHEMA_RULE.id,
          });
        } else {
          findings.push(...checkAgainstSchema(address, body, block));
          if (mode === "resource") findings.push(...checkProviderRules(address, type, body));
        }
        findings.push(...checkReferences(address, body, declared, schema));
      }
    }
  }
  const providers = doc.provider;
  const configs = isObject(providers) ? providers[providerPrefix.replace(/_$/, "")] : undefined;
  (Array.isArray(configs) ? configs : configs === undefined ? [] : [configs]).forEach((config, i) => {
    if (isObject(config)) findings.push(...checkAgainstSchema(`provider.${providerPrefix.replace(/_$/, "")}[${i}]`, config, schema.provider.block));
  });
  for (const section of ["output", "locals"] as const) {
    const entries = doc[section];
    if (!isObject(entries)) continue;
    for (const [name, value] of Object.entries(entries)) {
      findings.push(...checkReferences(`${section === "output" ? "output" : "local"}.${name}`, value as JsonValue, declared, schema));
    }
  }
  return findings;
}

function asRecord(value: JsonValue | undefined): Record<string, Record<string, unknown>> {
  return isObject(value) ? (value as unknown as Record<string, Record<string, unknown>>) : {};
}
