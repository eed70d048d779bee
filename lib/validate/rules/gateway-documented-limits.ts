import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** Most custom domains on one API gateway. */
export const GATEWAY_MAX_CUSTOM_DOMAINS = 20;
/** Most bytes in a gateway's OpenAPI specification: 3.5 MB, read as MiB so that no spec the cloud takes is refused. */
export const GATEWAY_MAX_SPEC_BYTES = 3.5 * 1024 * 1024;

/** What is allowed for an OpenAPI specification of this text, or undefined when it is small enough. */
export function gatewaySpecProblem(spec: string): string | undefined {
  const bytes = Buffer.byteLength(spec, "utf8");
  return bytes <= GATEWAY_MAX_SPEC_BYTES ? undefined : `is ${bytes} bytes; an API gateway specification may be at most 3.5 MB`;
}

/** YC-GATEWAY-LIMITS: a gateway has at most 20 custom domains and a specification of at most 3.5 MB. */
export const GATEWAY_LIMITS_RULE: ProviderRule = {
  id: "YC-GATEWAY-LIMITS",
  rationale: "The provider counts no custom domains and measures no spec, and the cloud refuses over 20 domains or a spec over 3.5 MB.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "docs yandex-cloud/docs en/_includes/api-gateway/api-gateway-limits.md @ 5d687ea (custom domains per gateway, specification size)",
  check(body, report) {
    const domains = known(body.custom_domains);
    if (Array.isArray(domains) && domains.length > GATEWAY_MAX_CUSTOM_DOMAINS) {
      report("custom_domains", `has ${domains.length} domains; an API gateway may have at most ${GATEWAY_MAX_CUSTOM_DOMAINS}`);
    }
    const spec = known(body.spec);
    const problem = typeof spec === "string" ? gatewaySpecProblem(spec) : undefined;
    if (problem !== undefined) report("spec", problem);
  },
};
