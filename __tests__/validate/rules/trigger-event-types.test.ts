import { CONTAINER_REGISTRY_EVENT_TYPES, eventTypesProblems, TRIGGER_EVENT_TYPES_RULE } from "../../../lib/validate/rules";
import { drop, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";
const ALL = CONTAINER_REGISTRY_EVENT_TYPES.join(", ");
const withEvents = (event_type: unknown) => ({ source: { container_registry: { registry_id: "r", event_type } } }) as never;

describe("YC-TRIGGER-EVENT-TYPES", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_EVENT_TYPES_RULE)).toEqual([]);
  });

  test("passes every known event type, interpolations, and a trigger without a registry source", () => {
    expect(ruleLines(TRIGGER_EVENT_TYPES_RULE, TYPE, withEvents([...CONTAINER_REGISTRY_EVENT_TYPES, "${var.e}"]))).toEqual([]);
    expect(ruleLines(TRIGGER_EVENT_TYPES_RULE, TYPE, withEvents("${var.events}"))).toEqual([]);
    expect(ruleLines(TRIGGER_EVENT_TYPES_RULE, TYPE, { source: { timer: { cron_expression: "x" } } })).toEqual([]);
  });

  test("fails on a lower-case event type (provider)", () => {
    expect(ruleLinesInDocument(TRIGGER_EVENT_TYPES_RULE, (d) => put(trigger(d), "source.container_registry.event_type", ["create_image"]))).toEqual([
      expect.stringMatching(
        /: source\.container_registry\.event_type\[0\]: got "create_image"; must be one of CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE, .* \[provider\] YC-TRIGGER-EVENT-TYPES$/,
      ),
    ]);
  });

  test("fails on an empty or missing list (API)", () => {
    const expected = ["source.container_registry.event_type: at least one event type is required by the API [api] YC-TRIGGER-EVENT-TYPES"];
    expect(ruleLines(TRIGGER_EVENT_TYPES_RULE, TYPE, withEvents([]))).toEqual(expected);
    expect(ruleLinesInDocument(TRIGGER_EVENT_TYPES_RULE, (d) => drop(trigger(d), "source.container_registry.event_type"))).toEqual([
      expect.stringContaining(expected[0]),
    ]);
  });

  test("gives the construct the same list, and refuses an empty, unknown or repeated event", () => {
    expect(eventTypesProblems([...CONTAINER_REGISTRY_EVENT_TYPES], "Event")).toEqual([]);
    expect(eventTypesProblems([], "Event")).toEqual([`must list at least one of ${ALL}`]);
    expect(eventTypesProblems(["x", "y"], "Event")).toEqual([`"x", "y" is not a Event; use ${ALL}`]);
    const [first] = CONTAINER_REGISTRY_EVENT_TYPES;
    expect(eventTypesProblems([first, first, first], "Event")).toEqual([`must not repeat an event (repeated: ${first})`]);
    const [, second] = CONTAINER_REGISTRY_EVENT_TYPES;
    expect(eventTypesProblems([first, second, second, first], "Event")).toEqual([`must not repeat an event (repeated: ${second}, ${first})`]);
  });
});
