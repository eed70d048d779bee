import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { Bounds, ProviderRule, reportDurations, reportOutOfBounds } from "./rule";
import { actions } from "./trigger-parts";

/** The provider's range for `retry_policy.retry_attempts`. */
export const RETRY_ATTEMPTS: Bounds = { min: 1, max: 5 };

/** YC-TRIGGER-RETRY-POLICY: retry attempts are 1-5 and the interval is a Go duration string. */
export const TRIGGER_RETRY_POLICY_RULE: ProviderRule = {
  id: "YC-TRIGGER-RETRY-POLICY",
  rationale: "The provider refuses retry_attempts outside 1-5 and an interval Go's time.ParseDuration cannot parse.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (retry_attempts Between(1, 5), interval parsed with time.ParseDuration)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      const retry = value.retry_policy;
      if (!isObject(retry)) continue;
      const here = childPath(path, "retry_policy");
      reportOutOfBounds(retry, "retry_attempts", RETRY_ATTEMPTS, here, report);
      reportDurations({ interval: retry.interval }, here, report);
    }
  },
};
