import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** YC-GATEWAY-EXECUTION-TIMEOUT: a gateway's `execution_timeout` is whole seconds written as a string. */
export const GATEWAY_EXECUTION_TIMEOUT_RULE: ProviderRule = {
  id: "YC-GATEWAY-EXECUTION-TIMEOUT",
  rationale: 'The provider parses execution_timeout as an integer, so a Go duration such as "5m" fails at apply.',
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex/resource_yandex_api_gateway.go (execution_timeout parsed with strconv at apply)",
  check(body, report) {
    const timeout = known(body.execution_timeout);
    if (typeof timeout === "string" && !/^\d+$/.test(timeout)) {
      report("execution_timeout", `got ${JSON.stringify(timeout)}; must be whole seconds written as a string, e.g. "300"`);
    }
  },
};
