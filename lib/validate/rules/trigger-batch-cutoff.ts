import { FindingKind } from "../findings";
import { Bounds, ProviderRule, reportDurations } from "./rule";
import { batchSettings } from "./trigger-parts";

/** The construct's `batchCutoff` range in seconds, as `yc serverless trigger create --batch-cutoff` documents it. */
export const BATCH_CUTOFF_SECONDS: Bounds = { min: 1, max: 60 };

/** YC-TRIGGER-BATCH-CUTOFF: `batch_settings.cutoff` is a Go duration string. */
export const TRIGGER_BATCH_CUTOFF_RULE: ProviderRule = {
  id: "YC-TRIGGER-BATCH-CUTOFF",
  rationale: 'The provider parses cutoff with Go\'s time.ParseDuration, so a bare number such as "10" fails at plan.',
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (cutoff parsed with time.ParseDuration)",
  check(body, report) {
    const batch = batchSettings(body);
    if (batch) reportDurations({ cutoff: batch.value.cutoff }, batch.path, report);
  },
};
