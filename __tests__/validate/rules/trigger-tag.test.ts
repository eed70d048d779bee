import { tagProblem, TRIGGER_TAG_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";
const withTag = (tag: unknown) => ({ source: { container_registry: { registry_id: "r", tag } } }) as never;

describe("YC-TRIGGER-TAG", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_TAG_RULE)).toEqual([]);
  });

  test.each(["latest", "v1.2-rc_3", "_x", "a".repeat(128), "${var.tag}"])("passes the tag %p", (tag) => {
    expect(ruleLines(TRIGGER_TAG_RULE, TYPE, withTag(tag))).toEqual([]);
  });

  test.each([".v1", "-v1", "a".repeat(129), "v 1", "", "v:1"])("fails on the tag %p", (tag) => {
    expect(ruleLines(TRIGGER_TAG_RULE, TYPE, withTag(tag))).toEqual([
      `source.container_registry.tag: got ${JSON.stringify(tag)}; must be a Docker tag: 1-128 characters: letters, digits, '_', '.' and '-', ` +
        "not starting with '.' or '-' [api] YC-TRIGGER-TAG",
    ]);
  });

  test("fails in a document", () => {
    expect(ruleLinesInDocument(TRIGGER_TAG_RULE, (d) => put(trigger(d), "source.container_registry.tag", ".x"))).toEqual([
      expect.stringMatching(/^yandex_serverless_triggers\.\S+: source\.container_registry\.tag: got "\.x"/),
    ]);
    expect(tagProblem("v1")).toBeUndefined();
  });
});
