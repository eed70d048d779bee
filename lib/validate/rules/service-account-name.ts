import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** Service account names: 1-63 of `[a-z0-9-]`, starting with a letter, not ending with `-`. */
export const SERVICE_ACCOUNT_NAME_PATTERN = /^([a-z]([-a-z0-9]{0,61}[a-z0-9])?)$/;

/** YC-SERVICE-ACCOUNT-NAME: service account names follow the provider's regex. */
export const SERVICE_ACCOUNT_NAME_RULE: ProviderRule = {
  id: "YC-SERVICE-ACCOUNT-NAME",
  rationale: "The provider refuses a service account name outside its regex at plan time.",
  resourceTypes: ["yandex_iam_service_account"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_iam_service_account/resource_schema.go (name regex)",
  check(body, report) {
    const name = known(body.name);
    if (typeof name === "string" && !SERVICE_ACCOUNT_NAME_PATTERN.test(name)) {
      report(
        "name",
        `got ${JSON.stringify(name)}; must be 1-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'`,
      );
    }
  },
};
