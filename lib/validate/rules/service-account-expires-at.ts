import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** YC-SERVICE-ACCOUNT-EXPIRES-AT: a service account's `expires_at` is an RFC 3339 timestamp. */
export const SERVICE_ACCOUNT_EXPIRES_AT_RULE: ProviderRule = {
  id: "YC-SERVICE-ACCOUNT-EXPIRES-AT",
  rationale: "The provider parses expires_at with Go's time.RFC3339 layout when it builds the request, and fails at apply on anything else.",
  resourceTypes: ["yandex_iam_service_account"],
  kind: FindingKind.PROVIDER_AT_APPLY,
  source: "provider 0.222.0 yandex_iam_service_account/resource.go (converter.ParseTimestamp, time.RFC3339, in Create and Update)",
  check(body, report) {
    const expires = known(body.expires_at);
    // "" is not parsed: the provider sends no expiry
    if (typeof expires === "string" && expires !== "" && !RFC3339.test(expires)) {
      report("expires_at", `got ${JSON.stringify(expires)}; must be an RFC 3339 timestamp such as "2026-12-31T00:00:00Z"`);
    }
  },
};
