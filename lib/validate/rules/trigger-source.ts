import { FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule } from "./rule";

/** YC-TRIGGER-SOURCE: a trigger's `source` sets exactly one source kind. */
export const TRIGGER_SOURCE_RULE: ProviderRule = {
  id: "YC-TRIGGER-SOURCE",
  rationale: "The provider refuses two source kinds at plan time, and the API a source with none.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (source kinds ConflictsWith)" +
    "; cloudapi serverless/triggers/v2/trigger.proto (Source oneof exactly_one)",
  check(body, report) {
    const source = body.source;
    if (!isObject(source)) return;
    const kinds = Object.keys(source).filter((k) => source[k] !== null);
    if (kinds.length === 1) return;
    report(
      "source",
      `sets ${kinds.length} source kinds (${kinds.join(", ") || "none"}); exactly one is required`,
      kinds.length > 1 ? FindingKind.PROVIDER : FindingKind.API,
    );
  },
};
