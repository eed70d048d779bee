import { RESOURCE_NAME_RULE, resourceNameProblem } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TEXT = "3-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'";

describe("YC-RESOURCE-NAME", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(RESOURCE_NAME_RULE)).toEqual([]);
  });

  test.each(["", "abc", `a${"b".repeat(61)}c`, "a-1"])("passes the name %p", (name) => {
    expect(ruleLines(RESOURCE_NAME_RULE, "yandex_container_registry", { name })).toEqual([]);
  });

  test("passes an unknown name: an interpolation or null", () => {
    expect(ruleLines(RESOURCE_NAME_RULE, "yandex_serverless_triggers", { name: "${var.name}" })).toEqual([]);
    expect(ruleLines(RESOURCE_NAME_RULE, "yandex_serverless_triggers", { name: null })).toEqual([]);
  });

  test.each(["Events", "ab", "a-", "1ab", `a${"b".repeat(63)}`, "a_b"])("fails on the trigger name %p", (name) => {
    expect(ruleLines(RESOURCE_NAME_RULE, "yandex_serverless_triggers", { name })).toEqual([
      `name: got ${JSON.stringify(name)}; must be empty or ${TEXT} [provider] YC-RESOURCE-NAME`,
    ]);
  });

  test("fails on a registry name and a trigger name in a document", () => {
    expect(ruleLinesInDocument(RESOURCE_NAME_RULE, (d) => put(trigger(d), "name", "Events"))).toEqual([
      expect.stringMatching(/^yandex_serverless_triggers\.Events_\w+: name: got "Events"; must be empty or 3-63 characters/),
    ]);
    expect(ruleLinesInDocument(RESOURCE_NAME_RULE, (d) => put(firstOf(d, "yandex_container_registry"), "name", "My Images"))).toEqual([
      expect.stringMatching(/^yandex_container_registry\.\w+: name: got "My Images"; must be empty or 3-63 characters/),
    ]);
  });

  test("does not read other types", () => {
    expect(ruleLines(RESOURCE_NAME_RULE, "yandex_iam_service_account", { name: "X" })).toEqual([]);
  });

  test("gives the construct the same rule, refusing the empty name", () => {
    expect(resourceNameProblem("events")).toBeUndefined();
    expect(resourceNameProblem("")).toBe(`must be ${TEXT}`);
    expect(resourceNameProblem("Events")).toBe(`must be ${TEXT}`);
  });
});
