import { FindingKind } from "../findings";
import { Bounds, ProviderRule, reportRequestDuration } from "./rule";
import { batchSettings } from "./trigger-parts";

/** The construct's `batchCutoff` range in seconds, as `yc serverless trigger create --batch-cutoff` documents it. */
export const BATCH_CUTOFF_SECONDS: Bounds = { min: 1, max: 60 };

/** YC-TRIGGER-BATCH-CUTOFF: `batch_settings.cutoff` is a Go duration string. */
export const TRIGGER_BATCH_CUTOFF_RULE: ProviderRule = {
  id: "YC-TRIGGER-BATCH-CUTOFF",
  rationale: 'The provider parses cutoff with time.ParseDuration at apply on create, so "10" fails there; the API refuses "" at apply.',
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER_AT_APPLY,
  source:
    'provider 0.222.0 yandex_serverless_triggers/resource_models.go (converter.ParseDuration when building the request; "" sends none), ' +
    "pkg/planmodifiers/duration.go (parses only when there is state); cloudapi serverless/triggers/v2/trigger.proto (BatchSettings.cutoff required)",
  check(body, report) {
    const batch = batchSettings(body);
    if (batch) reportRequestDuration(batch.value, "cutoff", batch.path, report);
  },
};
