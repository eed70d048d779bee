import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule, reportMaxLength } from "./rule";
import { actions } from "./trigger-parts";

/** Most characters in an action's jq filter. */
export const JQ_FILTER_MAX_LENGTH = 1024;
/** Most characters in an action's jq transformer. */
export const JQ_TRANSFORMER_MAX_LENGTH = 65536;

/** What is allowed for a jq expression given as a prop of at most `max` characters, or undefined when it is one. */
export function jqProblem(expression: string, max: number): string | undefined {
  return expression.length >= 1 && expression.length <= max ? undefined : `must be 1-${max} characters`;
}

/** YC-TRIGGER-JQ-LENGTH: jq filters and transformers stay within the provider's length limits. */
export const TRIGGER_JQ_LENGTH_RULE: ProviderRule = {
  id: "YC-TRIGGER-JQ-LENGTH",
  rationale: "The provider refuses a jq filter over 1024 characters and a jq transformer over 65536.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (filter.jq LengthBetween(0, 1024), transformer.jq LengthBetween(0, 65536))",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      for (const [key, max] of [
        ["filter", JQ_FILTER_MAX_LENGTH],
        ["transformer", JQ_TRANSFORMER_MAX_LENGTH],
      ] as const) {
        const block = value[key];
        if (isObject(block)) reportMaxLength(block, "jq", max, childPath(path, key), report);
      }
    }
  },
};
