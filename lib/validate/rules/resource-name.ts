import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** The provider's regex for trigger and registry names: empty, or 3-63 characters of `[a-z0-9-]`, starting with a letter, not ending with `-`. */
export const RESOURCE_NAME_PATTERN = /^(|[a-z][-a-z0-9]{1,61}[a-z0-9])$/;

/** The name rule in plain words. */
export const RESOURCE_NAME_TEXT = "3-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'";

/**
 * What is allowed for a created trigger, registry or gateway name, or undefined when `name` is one
 * (the provider's empty name is refused: it names nothing).
 */
export function resourceNameProblem(name: string): string | undefined {
  return name !== "" && RESOURCE_NAME_PATTERN.test(name) ? undefined : `must be ${RESOURCE_NAME_TEXT}`;
}

/** YC-RESOURCE-NAME: trigger and registry names follow the provider's name regex. */
export const RESOURCE_NAME_RULE: ProviderRule = {
  id: "YC-RESOURCE-NAME",
  rationale: "The provider refuses a trigger or registry name outside its regex at plan time.",
  resourceTypes: ["yandex_serverless_triggers", "yandex_container_registry"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 yandex_serverless_triggers and yandex_container_registry resource_schema.go (NAME_RE)",
  check(body, report) {
    const name = known(body.name);
    if (typeof name === "string" && !RESOURCE_NAME_PATTERN.test(name))
      report("name", `got ${JSON.stringify(name)}; must be empty or ${RESOURCE_NAME_TEXT}`);
  },
};
