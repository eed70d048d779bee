import { FindingKind } from "../findings";
import { ProviderRule, reportMaxLength } from "./rule";

/** Most characters in a trigger description. */
export const TRIGGER_DESCRIPTION_MAX_LENGTH = 500;
/** Most characters in a service account description. */
export const SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH = 256;

const MAX_BY_TYPE: Readonly<Record<string, number>> = {
  yandex_serverless_triggers: TRIGGER_DESCRIPTION_MAX_LENGTH,
  yandex_iam_service_account: SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH,
};

/** What is allowed for a trigger description, or undefined when `description` is one. */
export function triggerDescriptionProblem(description: string): string | undefined {
  return description.length <= TRIGGER_DESCRIPTION_MAX_LENGTH ? undefined : `must be at most ${TRIGGER_DESCRIPTION_MAX_LENGTH} characters`;
}

/** YC-DESCRIPTION-LENGTH: descriptions stay within the provider's length limit for the type. */
export const DESCRIPTION_LENGTH_RULE: ProviderRule = {
  id: "YC-DESCRIPTION-LENGTH",
  rationale: "The provider refuses a trigger description over 500 characters and a service account description over 256.",
  resourceTypes: Object.keys(MAX_BY_TYPE),
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers and yandex_iam_service_account resource_schema.go (stringvalidator.LengthBetween)",
  check(body, report, type) {
    reportMaxLength(body, "description", MAX_BY_TYPE[type], "", report);
  },
};
