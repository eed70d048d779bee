import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { Bounds, ProviderRule, reportOutOfBounds, reportRequestDuration } from "./rule";
import { actions } from "./trigger-parts";

/** The provider's range for `retry_policy.retry_attempts`. */
export const RETRY_ATTEMPTS: Bounds = { min: 1, max: 5 };

/** YC-TRIGGER-RETRY-POLICY: retry attempts are 1-5 and the interval is a Go duration string. */
export const TRIGGER_RETRY_POLICY_RULE: ProviderRule = {
  id: "YC-TRIGGER-RETRY-POLICY",
  rationale: "The provider refuses retry_attempts outside 1-5 at plan, and an interval time.ParseDuration cannot parse at apply on create.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (retry_attempts Between(1, 5)) " +
    "and resource_models.go (interval parsed with converter.ParseDuration when building the request)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      const retry = value.retry_policy;
      if (!isObject(retry)) continue;
      const here = childPath(path, "retry_policy");
      reportOutOfBounds(retry, "retry_attempts", RETRY_ATTEMPTS, here, report);
      reportRequestDuration(retry, "interval", here, report);
    }
  },
};
