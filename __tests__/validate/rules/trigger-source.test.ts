import { TRIGGER_SOURCE_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-SOURCE", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_SOURCE_RULE)).toEqual([]);
  });

  test("passes one kind beside null ones, and a source that is not an object", () => {
    expect(ruleLines(TRIGGER_SOURCE_RULE, TYPE, { source: { timer: { cron_expression: "x" }, ymq: null } })).toEqual([]);
    expect(ruleLines(TRIGGER_SOURCE_RULE, TYPE, { source: "${var.source}" })).toEqual([]);
  });

  test("fails on two kinds (provider)", () => {
    expect(ruleLinesInDocument(TRIGGER_SOURCE_RULE, (d) => put(trigger(d), "source.timer", { cron_expression: "* * * * ? *" }))).toEqual([
      expect.stringMatching(/: source: sets 2 source kinds \(container_registry, timer\); exactly one is required \[provider\] YC-TRIGGER-SOURCE$/),
    ]);
  });

  test("fails on no kind (API)", () => {
    expect(ruleLines(TRIGGER_SOURCE_RULE, TYPE, { source: { timer: null } })).toEqual([
      "source: sets 0 source kinds (none); exactly one is required [api] YC-TRIGGER-SOURCE",
    ]);
  });
});
