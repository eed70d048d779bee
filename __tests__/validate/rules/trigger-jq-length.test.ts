import { JQ_FILTER_LENGTH, jqProblem, TRIGGER_JQ_LENGTH_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-JQ-LENGTH", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_JQ_LENGTH_RULE)).toEqual([]);
  });

  test("counts UTF-8 bytes: a Cyrillic string literal at 1024 bytes passes, one more character fails", () => {
    const at = `"${"я".repeat(511)}"`;
    expect(ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: at } }] })).toEqual([]);
    expect(ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: `"${"я".repeat(512)}"` } }] })).toEqual([
      "action[0].filter.jq: is 1026 bytes (514 characters); at most 1024 bytes [provider] YC-TRIGGER-JQ-LENGTH",
    ]);
  });

  test("passes expressions at the limits", () => {
    expect(
      ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: ".".repeat(1024) }, transformer: { jq: ".".repeat(65536) } }] }),
    ).toEqual([]);
  });

  test("fails on a filter of 1025 and a transformer of 65537 bytes", () => {
    expect(
      ruleLines(TRIGGER_JQ_LENGTH_RULE, TYPE, { action: [{ filter: { jq: ".".repeat(1025) }, transformer: { jq: ".".repeat(65537) } }] }),
    ).toEqual([
      "action[0].filter.jq: is 1025 bytes (1025 characters); at most 1024 bytes [provider] YC-TRIGGER-JQ-LENGTH",
      "action[0].transformer.jq: is 65537 bytes (65537 characters); at most 65536 bytes [provider] YC-TRIGGER-JQ-LENGTH",
    ]);
    expect(ruleLinesInDocument(TRIGGER_JQ_LENGTH_RULE, (d) => put(trigger(d), "action.0.filter", { jq: ".".repeat(1025) }))).toHaveLength(1);
  });

  test("gives the construct the same limits, refusing an empty expression", () => {
    expect(jqProblem(".", JQ_FILTER_LENGTH)).toBeUndefined();
    expect(jqProblem("", JQ_FILTER_LENGTH)).toBe("is 0 bytes (0 characters); must be 1-1024 bytes");
    expect(jqProblem(".".repeat(1025), JQ_FILTER_LENGTH)).toBe("is 1025 bytes (1025 characters); at most 1024 bytes");
    expect(jqProblem(".".repeat(1024), JQ_FILTER_LENGTH)).toBeUndefined();
  });
});
