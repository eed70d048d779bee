import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

/** YC-TRIGGER-JQ-REQUIRED: an action's `filter` or `transformer` block carries a `jq` expression. */
export const TRIGGER_JQ_REQUIRED_RULE: ProviderRule = {
  id: "YC-TRIGGER-JQ-REQUIRED",
  rationale: "The provider accepts an empty filter or transformer block, and the API refuses one without jq at apply.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: "cloudapi serverless/triggers/v2/trigger.proto (Filter and Transformer: oneof with exactly_one, jq its only member)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      for (const key of ["filter", "transformer"]) {
        const block = value[key];
        if (isObject(block) && (block.jq === undefined || block.jq === null)) {
          report(childPath(path, key), `has no jq; the API needs a jq expression in a ${key}, or no ${key} block`);
        }
      }
    }
  },
};
