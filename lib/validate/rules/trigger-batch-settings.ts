import { FindingKind } from "../findings";
import { isInterpolated } from "../values";
import { ProviderRule } from "./rule";
import { batchSettings } from "./trigger-parts";

/** YC-TRIGGER-BATCH-SETTINGS: batch settings, when sent, bound the batch: `max_count` or `max_bytes` above 0. */
export const TRIGGER_BATCH_SETTINGS_RULE: ProviderRule = {
  id: "YC-TRIGGER-BATCH-SETTINGS",
  rationale: "The provider sends batch settings with max_count and max_bytes both 0 (or unset), and the API refuses them at apply.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: "cloudapi serverless/triggers/v2/trigger.proto (BatchSettings: at least one of max_count, max_bytes must be > 0)",
  check(body, report) {
    const batch = batchSettings(body);
    if (!batch) return;
    // An unset count or size is sent as 0; an interpolated one may be anything.
    const zero = (v: unknown) => v === undefined || v === null || (!isInterpolated(v) && Number(v) === 0);
    if (zero(batch.value.max_count) && zero(batch.value.max_bytes)) {
      report(batch.path, "max_count and max_bytes are both 0 or unset; the API needs one of them above 0");
    }
  },
};
