import { JQ_FILTER_MAX_LENGTH, jqProblem, TRIGGER_JQ_LENGTH_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-JQ-LENGTH", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_JQ_LENGTH_RULE)).toEqual([]);
  });

  test("passes expressions at the limits", () => {
    expect(
      ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: ".".repeat(1024) }, transformer: { jq: ".".repeat(65536) } }] }),
    ).toEqual([]);
  });

  test("fails on a filter of 1025 and a transformer of 65537 characters", () => {
    expect(
      ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: ".".repeat(1025) }, transformer: { jq: ".".repeat(65537) } }] }),
    ).toEqual([
      "action[0].filter.jq: is 1025 characters; at most 1024 allowed [provider] YC-TRIGGER-JQ-LENGTH",
      "action[0].transformer.jq: is 65537 characters; at most 65536 allowed [provider] YC-TRIGGER-JQ-LENGTH",
    ]);
    expect(ruleLinesInDocument(TRIGGER_JQ_LENGTH_RULE, (d) => put(trigger(d), "action.0.filter", { jq: ".".repeat(1025) }))).toHaveLength(1);
  });

  test("gives the construct the same limits, refusing an empty expression", () => {
    expect(jqProblem(".", JQ_FILTER_MAX_LENGTH)).toBeUndefined();
    expect(jqProblem("", JQ_FILTER_MAX_LENGTH)).toBe("must be 1-1024 characters");
    expect(jqProblem(".".repeat(1025), JQ_FILTER_MAX_LENGTH)).toBe("must be 1-1024 characters");
    expect(jqProblem(".".repeat(1024), JQ_FILTER_MAX_LENGTH)).toBeUndefined();
  });
});
