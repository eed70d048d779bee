import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** The API's pattern for gateway names: empty, or 1-63 of `[a-z0-9-]`, starting with a letter, not ending with `-`. */
export const GATEWAY_NAME_PATTERN = /^(|[a-z]([-a-z0-9]{0,61}[a-z0-9])?)$/;

/** The gateway name rule in plain words. */
export const GATEWAY_NAME_TEXT = "1-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'";

/** What is allowed for a created gateway's name, or undefined when `name` is one (the empty name the API allows names nothing). */
export function gatewayNameProblem(name: string): string | undefined {
  return name !== "" && GATEWAY_NAME_PATTERN.test(name) ? undefined : `must be ${GATEWAY_NAME_TEXT}`;
}

/** YC-GATEWAY-NAME: an API gateway's name matches the API's pattern, which the provider does not check. */
export const GATEWAY_NAME_RULE: ProviderRule = {
  id: "YC-GATEWAY-NAME",
  rationale: "The provider checks no gateway name, and the API refuses one outside its pattern at apply.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "cloudapi serverless/apigateway/v1/apigateway_service.proto (CreateApiGatewayRequest.name, UpdateApiGatewayRequest.name)",
  check(body, report) {
    const name = known(body.name);
    if (typeof name === "string" && !GATEWAY_NAME_PATTERN.test(name)) report("name", `got ${JSON.stringify(name)}; must be ${GATEWAY_NAME_TEXT}`);
  },
};
