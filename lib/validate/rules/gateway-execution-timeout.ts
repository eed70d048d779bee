import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** YC-GATEWAY-EXECUTION-TIMEOUT: a gateway's `execution_timeout` is whole seconds written as a string. */
export const GATEWAY_EXECUTION_TIMEOUT_RULE: ProviderRule = {
  id: "YC-GATEWAY-EXECUTION-TIMEOUT",
  rationale: 'The provider parses execution_timeout as an integer, so a Go duration such as "5m" fails at apply.',
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.PROVIDER_AT_APPLY,
  source:
    "provider 0.222.0 yandex/resource_yandex_api_gateway.go " +
    "(execution_timeout parsed with strconv.ParseInt when building the request, at apply; an empty string is not sent)",
  check(body, report) {
    const timeout = known(body.execution_timeout);
    // "" is not parsed: the provider's d.GetOk sees no value and sends no timeout
    if (typeof timeout === "string" && timeout !== "" && !/^\d+$/.test(timeout)) {
      report("execution_timeout", `got ${JSON.stringify(timeout)}; must be whole seconds written as a string, e.g. "300"`);
    }
  },
};
