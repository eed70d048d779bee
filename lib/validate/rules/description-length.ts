import { FindingKind } from "../findings";
import { LengthLimit, lengthProblem, LengthUnit, ProviderRule, reportLength } from "./rule";

/** A trigger description: at most 500 bytes (stringvalidator.LengthBetween(0, 500) counts UTF-8 bytes). */
export const TRIGGER_DESCRIPTION_LENGTH: LengthLimit = { min: 0, max: 500, unit: LengthUnit.BYTES };
/** A service account description: at most 256 bytes (stringvalidator.LengthBetween(0, 256)). */
export const SERVICE_ACCOUNT_DESCRIPTION_LENGTH: LengthLimit = { min: 0, max: 256, unit: LengthUnit.BYTES };

const LIMIT_BY_TYPE: Readonly<Record<string, LengthLimit>> = {
  yandex_serverless_triggers: TRIGGER_DESCRIPTION_LENGTH,
  yandex_iam_service_account: SERVICE_ACCOUNT_DESCRIPTION_LENGTH,
};

/** What is wrong with a trigger description, or undefined when `description` fits. */
export function triggerDescriptionProblem(description: string): string | undefined {
  return lengthProblem(description, TRIGGER_DESCRIPTION_LENGTH);
}

/** What is wrong with a service account description, or undefined when `description` fits. */
export function serviceAccountDescriptionProblem(description: string): string | undefined {
  return lengthProblem(description, SERVICE_ACCOUNT_DESCRIPTION_LENGTH);
}

/** YC-DESCRIPTION-LENGTH: descriptions stay within the provider's byte limit for the type. */
export const DESCRIPTION_LENGTH_RULE: ProviderRule = {
  id: "YC-DESCRIPTION-LENGTH",
  rationale: "The provider refuses a trigger description over 500 bytes and a service account description over 256 bytes (UTF-8) at plan.",
  resourceTypes: Object.keys(LIMIT_BY_TYPE),
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 yandex_serverless_triggers and yandex_iam_service_account resource_schema.go (stringvalidator.LengthBetween, " +
    "which counts bytes: len(value) in terraform-plugin-framework-validators v0.10.0 stringvalidator/length_between.go)",
  check(body, report, type) {
    reportLength(body, "description", LIMIT_BY_TYPE[type], "", report);
  },
};
