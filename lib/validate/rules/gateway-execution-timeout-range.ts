import { FindingKind } from "../findings";
import { Bounds, known, ProviderRule } from "./rule";

/** The API's range for a gateway's `execution_timeout`, in seconds. */
export const GATEWAY_EXECUTION_TIMEOUT_SECONDS: Bounds = { min: 0, max: 600 };

/** YC-GATEWAY-EXECUTION-TIMEOUT-RANGE: a gateway's `execution_timeout` is at most 600 seconds. */
export const GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE: ProviderRule = {
  id: "YC-GATEWAY-EXECUTION-TIMEOUT-RANGE",
  rationale: "The provider sends any whole number of seconds, and the API refuses an execution_timeout above 600 s at apply.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "cloudapi serverless/apigateway/v1/apigateway_service.proto (CreateApiGatewayRequest.execution_timeout, value 0s-600s)",
  check(body, report) {
    const timeout = known(body.execution_timeout);
    if (typeof timeout !== "string" || !/^\d+$/.test(timeout)) return;
    const { min, max } = GATEWAY_EXECUTION_TIMEOUT_SECONDS;
    if (Number(timeout) > max) report("execution_timeout", `got ${JSON.stringify(timeout)}; must be ${min} to ${max} seconds`);
  },
};
