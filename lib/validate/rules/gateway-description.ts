import { FindingKind } from "../findings";
import { isInterpolated } from "../values";
import { LengthLimit, lengthProblem, LengthUnit, ProviderRule, reportLength } from "./rule";

/**
 * An API gateway description: at most 256 characters. The limit is the API's (the provider does not
 * check it), and the API reference counts it in characters, not bytes.
 */
export const GATEWAY_DESCRIPTION_LENGTH: LengthLimit = { min: 0, max: 256, unit: LengthUnit.CHARACTERS };

/** What is wrong with a gateway description, or undefined when `description` fits. */
export function gatewayDescriptionProblem(description: string): string | undefined {
  return lengthProblem(description, GATEWAY_DESCRIPTION_LENGTH);
}

/**
 * The description a gateway created for a trigger gets from the trigger's own (which may have 500
 * characters): unchanged when it fits the gateway's 256, else cut to 255 and ended with "…".
 * Unresolved tokens (and interpolations) pass unchanged; the checker measures them once Terraform JSON has the value.
 */
export function gatewayDescriptionFrom(triggerDescription: string | undefined): string | undefined {
  if (triggerDescription === undefined || isInterpolated(triggerDescription)) return triggerDescription;
  if (triggerDescription.length <= GATEWAY_DESCRIPTION_LENGTH.max) return triggerDescription;
  // Whole code points only, so that no surrogate pair is split.
  let cut = "";
  for (const ch of triggerDescription) {
    if (cut.length + ch.length > GATEWAY_DESCRIPTION_LENGTH.max - 1) break;
    cut += ch;
  }
  return `${cut}…`;
}

/** YC-GATEWAY-DESCRIPTION: an API gateway's description is at most 256 characters. */
export const GATEWAY_DESCRIPTION_RULE: ProviderRule = {
  id: "YC-GATEWAY-DESCRIPTION",
  rationale: "The provider does not check a gateway description, and the API refuses one over 256 characters at apply.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "cloudapi serverless/apigateway/v1/apigateway_service.proto (CreateApiGatewayRequest.description, length <=256)",
  check(body, report) {
    reportLength(body, "description", GATEWAY_DESCRIPTION_LENGTH, "", report);
  },
};
