import { CHECK_RULES } from "../../../lib/validate";
import * as rules from "../../../lib/validate/rules";
import { checkProviderRules, PROVIDER_RULES, ProviderRule } from "../../../lib/validate/rules";
import { schema } from "../../helpers/documents";

describe("PROVIDER_RULES", () => {
  test("holds every rule that a rule file exports", () => {
    const exported = Object.values(rules).filter((v): v is ProviderRule => typeof v === "object" && v !== null && "check" in v);
    expect(new Set(PROVIDER_RULES)).toEqual(new Set(exported));
  });

  test("gives every rule a unique id of upper-case words and a one-line rationale", () => {
    const ids = CHECK_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of CHECK_RULES) {
      expect(rule.id).toMatch(/^(YC|TF)(-[A-Z0-9]+)+$/);
      expect(rule.rationale).toMatch(/^[A-Z].{20,160}\.$/);
    }
  });

  test("covers every resource type the library creates", () => {
    const read = new Set(PROVIDER_RULES.flatMap((r) => r.resourceTypes));
    for (const type of Object.keys(schema.resource_schemas ?? {})) expect(read).toContain(type);
  });

  test("runs only the rules for the resource's type, and names the rule on each finding", () => {
    expect(checkProviderRules("yandex_api_gateway.x", "yandex_api_gateway", { name: "good", execution_timeout: "5m" })).toEqual([
      {
        address: "yandex_api_gateway.x",
        path: "execution_timeout",
        message: expect.any(String),
        kind: "provider at apply",
        rule: "YC-GATEWAY-EXECUTION-TIMEOUT",
      },
    ]);
    expect(checkProviderRules("yandex_vpc_network.x", "yandex_vpc_network", { name: "Bad" })).toEqual([]);
  });
});
