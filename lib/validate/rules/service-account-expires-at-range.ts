import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** The earliest and latest `expires_at` the API takes (protobuf Timestamp bounds of the request). */
export const EXPIRES_AT_RANGE = { min: "1970-01-01T00:00:00Z", max: "2105-12-31T23:59:59.999999999Z" } as const;

const EARLIEST_MS = Date.parse(EXPIRES_AT_RANGE.min);
// One millisecond past the latest allowed instant, since Date keeps milliseconds only.
const AFTER_LATEST_MS = Date.parse("2106-01-01T00:00:00Z");

/** YC-SERVICE-ACCOUNT-EXPIRES-AT-RANGE: a service account's `expires_at` lies from 1970 to the end of 2105. */
export const SERVICE_ACCOUNT_EXPIRES_AT_RANGE_RULE: ProviderRule = {
  id: "YC-SERVICE-ACCOUNT-EXPIRES-AT-RANGE",
  rationale: "The provider parses any RFC 3339 expires_at, and the API refuses one before 1970 or after 2105 at apply.",
  resourceTypes: ["yandex_iam_service_account"],
  kind: FindingKind.API,
  source: "cloudapi iam/v1/service_account_service.proto (CreateServiceAccountRequest.expires_at, value 1970-01-01 to 2105-12-31)",
  check(body, report) {
    const expires = known(body.expires_at);
    if (typeof expires !== "string") return;
    const ms = Date.parse(expires);
    if (Number.isNaN(ms)) return;
    if (ms < EARLIEST_MS || ms >= AFTER_LATEST_MS) {
      report("expires_at", `got ${JSON.stringify(expires)}; must be from ${EXPIRES_AT_RANGE.min} to ${EXPIRES_AT_RANGE.max}`);
    }
  },
};
