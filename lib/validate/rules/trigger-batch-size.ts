import { FindingKind } from "../findings";
import { Bounds, ProviderRule, reportOutOfBounds } from "./rule";
import { batchSettings } from "./trigger-parts";

/** The provider's range for `batch_settings.max_count`. */
export const BATCH_MAX_COUNT: Bounds = { min: 0, max: 1000 };
/** The provider's range for `batch_settings.max_bytes`. */
export const BATCH_MAX_BYTES: Bounds = { min: 0, max: 65536 };
/**
 * The construct's `batchSize` range: it sets no `max_bytes`, so a `max_count` of 0 would leave the
 * API no bound above 0.
 */
export const BATCH_SIZE: Bounds = { min: 1, max: BATCH_MAX_COUNT.max };

/** YC-TRIGGER-BATCH-SIZE: `max_count` and `max_bytes` are in the provider's ranges. */
export const TRIGGER_BATCH_SIZE_RULE: ProviderRule = {
  id: "YC-TRIGGER-BATCH-SIZE",
  rationale: "The provider refuses max_count over 1000 and max_bytes over 65536.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (max_count Between(0, 1000), max_bytes Between(0, 65536))",
  check(body, report) {
    const batch = batchSettings(body);
    if (!batch) return;
    const { value, path } = batch;
    reportOutOfBounds(value, "max_count", BATCH_MAX_COUNT, path, report);
    reportOutOfBounds(value, "max_bytes", BATCH_MAX_BYTES, path, report);
  },
};
