import { BATCH_CUTOFF_SECONDS, TRIGGER_BATCH_CUTOFF_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-BATCH-CUTOFF", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_BATCH_CUTOFF_RULE)).toEqual([]);
  });

  test("passes a Go duration and an unknown cutoff", () => {
    expect(ruleLines(TRIGGER_BATCH_CUTOFF_RULE, TYPE, { source: { container_registry: { batch_settings: { cutoff: "1m30s" } } } })).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_CUTOFF_RULE, TYPE, { source: { container_registry: { batch_settings: { cutoff: "${var.c}" } } } })).toEqual([]);
  });

  test("fails on a cutoff that is not a Go duration", () => {
    expect(ruleLinesInDocument(TRIGGER_BATCH_CUTOFF_RULE, (d) => put(trigger(d), "source.container_registry.batch_settings.cutoff", "10"))).toEqual([
      expect.stringMatching(
        /: source\.container_registry\.batch_settings\.cutoff: got "10"; must be a Go duration string such as "10s", "1m30s" \[provider\] YC-TRIGGER-BATCH-CUTOFF$/,
      ),
    ]);
  });

  test("gives the construct a cutoff of 1 to 60 seconds", () => {
    expect(BATCH_CUTOFF_SECONDS).toEqual({ min: 1, max: 60 });
  });
});
