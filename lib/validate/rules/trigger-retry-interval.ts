import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { Bounds, goDurationSeconds, known, ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

/** The API's range for `retry_policy.interval`, in seconds. */
export const RETRY_INTERVAL_SECONDS: Bounds = { min: 10, max: 60 };

/** YC-TRIGGER-RETRY-INTERVAL: a retry interval is from 10 seconds to 1 minute. */
export const TRIGGER_RETRY_INTERVAL_RULE: ProviderRule = {
  id: "YC-TRIGGER-RETRY-INTERVAL",
  rationale: "The provider takes any duration for a retry interval, and the API refuses one outside 10s to 1m at apply.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: "cloudapi serverless/triggers/v2/trigger.proto (RetryPolicy.interval, value 10s-1m)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      const retry = value.retry_policy;
      const interval = isObject(retry) ? known(retry.interval) : undefined;
      const seconds = typeof interval === "string" ? goDurationSeconds(interval) : undefined;
      if (seconds === undefined) continue;
      if (seconds < RETRY_INTERVAL_SECONDS.min || seconds > RETRY_INTERVAL_SECONDS.max) {
        report(childPath(childPath(path, "retry_policy"), "interval"), `got ${JSON.stringify(interval)}; must be from 10s to 1m`);
      }
    }
  },
};
