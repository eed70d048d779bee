import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { LengthLimit, lengthProblem, LengthUnit, ProviderRule, reportLength } from "./rule";
import { actions } from "./trigger-parts";

/** An action's jq filter: at most 1024 bytes (stringvalidator.LengthBetween(0, 1024) counts UTF-8 bytes). */
export const JQ_FILTER_LENGTH: LengthLimit = { min: 0, max: 1024, unit: LengthUnit.BYTES };
/** An action's jq transformer: at most 65536 bytes (stringvalidator.LengthBetween(0, 65536)). */
export const JQ_TRANSFORMER_LENGTH: LengthLimit = { min: 0, max: 65536, unit: LengthUnit.BYTES };

/** What is wrong with a jq expression given as a prop under `limit` (a prop must not be empty), or undefined when it fits. */
export function jqProblem(expression: string, limit: LengthLimit): string | undefined {
  return lengthProblem(expression, { ...limit, min: Math.max(1, limit.min) });
}

/** YC-TRIGGER-JQ-LENGTH: jq filters and transformers stay within the provider's byte limits. */
export const TRIGGER_JQ_LENGTH_RULE: ProviderRule = {
  id: "YC-TRIGGER-JQ-LENGTH",
  rationale: "The provider refuses a jq filter over 1024 bytes and a jq transformer over 65536 bytes (UTF-8) at plan.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (filter.jq LengthBetween(0, 1024), transformer.jq LengthBetween(0, 65536); " +
    "len(value), bytes)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      for (const [key, limit] of [
        ["filter", JQ_FILTER_LENGTH],
        ["transformer", JQ_TRANSFORMER_LENGTH],
      ] as const) {
        const block = value[key];
        if (isObject(block)) reportLength(block, "jq", limit, childPath(path, key), report);
      }
    }
  },
};
