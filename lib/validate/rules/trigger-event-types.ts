import { ContainerRegistryEvent } from "../../container-registry-event";
import { childPath, FindingKind } from "../findings";
import { isInterpolated } from "../values";
import { ProviderRule, Report } from "./rule";
import { containerRegistrySource } from "./trigger-parts";

/** Every `event_type` string the provider accepts for a container registry source (UNSPECIFIED is accepted but meaningless). */
export const CONTAINER_REGISTRY_EVENT_TYPES: readonly string[] = Object.values(ContainerRegistryEvent);

/** The enum's unset value, which the provider accepts and the API treats as no event type. */
export const UNSPECIFIED_EVENT_TYPE = "CONTAINER_REGISTRY_EVENT_TYPE_UNSPECIFIED";

/**
 * What is wrong with a list of event types given as a prop (empty, unknown or repeated events); empty when it is valid.
 * `nameOf` shows a known event type as the user writes it (`ContainerRegistryEvent.CREATE_IMAGE`); by default, its string.
 */
export function eventTypesProblems(events: readonly string[], typeName: string, nameOf: (eventType: string) => string = (e) => e): string[] {
  const problems: string[] = [];
  const choices = CONTAINER_REGISTRY_EVENT_TYPES.map(nameOf).join(", ");
  if (events.length === 0) problems.push(`must list at least one of ${choices}`);
  const unknown = events.filter((e) => !CONTAINER_REGISTRY_EVENT_TYPES.includes(e));
  if (unknown.length > 0) problems.push(`${unknown.map((u) => JSON.stringify(u)).join(", ")} is not a ${typeName}; use ${choices}`);
  const repeated = [...new Set(events.filter((e, i) => events.indexOf(e) !== i))];
  if (repeated.length > 0)
    problems.push(
      `must not repeat an event (repeated: ${repeated.map((e) => (CONTAINER_REGISTRY_EVENT_TYPES.includes(e) ? nameOf(e) : e)).join(", ")})`,
    );
  return problems;
}

/** YC-TRIGGER-EVENT-TYPES: a container registry source lists at least one event type, each one the provider knows. */
export const TRIGGER_EVENT_TYPES_RULE: ProviderRule = {
  id: "YC-TRIGGER-EVENT-TYPES",
  rationale: "The provider refuses an unknown event_type string, and the API an empty list.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 yandex_serverless_triggers/resource_schema.go (event_type OneOf)" +
    "; cloudapi serverless/triggers/v2/trigger.proto (ContainerRegistry.event_type size >0)",
  check(body, report: Report) {
    const registry = containerRegistrySource(body);
    if (!registry) return;
    const { value, path } = registry;
    const here = childPath(path, "event_type");
    const events = value.event_type;
    if (events === undefined || (Array.isArray(events) && events.length === 0)) {
      report(here, "at least one event type is required by the API", FindingKind.API);
    } else if (Array.isArray(events)) {
      events.forEach((e, i) => {
        if (typeof e === "string" && !isInterpolated(e) && !CONTAINER_REGISTRY_EVENT_TYPES.includes(e)) {
          // The provider accepts the enum's unset value; only the API refuses it.
          const kind = e === UNSPECIFIED_EVENT_TYPE ? FindingKind.API : FindingKind.PROVIDER;
          report(childPath(here, i), `got ${JSON.stringify(e)}; must be one of ${CONTAINER_REGISTRY_EVENT_TYPES.join(", ")}`, kind);
        }
      });
    }
  },
};
