import { FindingKind } from "../findings";
import { ProviderRule, reportDurations } from "./rule";

/** YC-TRIGGER-TIMEOUTS: a trigger's `timeouts` are Go duration strings. */
export const TRIGGER_TIMEOUTS_RULE: ProviderRule = {
  id: "YC-TRIGGER-TIMEOUTS",
  rationale: "The provider parses each timeout with Go's time.ParseDuration and fails on anything else.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 terraform-plugin-framework-timeouts v0.4.1 (time.ParseDuration)",
  check(body, report) {
    reportDurations(body.timeouts, "timeouts", report);
  },
};
