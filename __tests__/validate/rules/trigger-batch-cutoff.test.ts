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

  test("fails on a cutoff that is not a Go duration, at apply: the provider parses it only when it creates the trigger", () => {
    expect(ruleLinesInDocument(TRIGGER_BATCH_CUTOFF_RULE, (d) => put(trigger(d), "source.container_registry.batch_settings.cutoff", "10"))).toEqual([
      expect.stringMatching(
        /: source\.container_registry\.batch_settings\.cutoff: got "10"; must be a Go duration string such as "10s", "1m30s" \(refused at apply on create, at plan on update\) \[provider at apply\] YC-TRIGGER-BATCH-CUTOFF$/,
      ),
    ]);
  });

  test("fails on an empty cutoff as the API's: the provider sends none, and the API requires one", () => {
    expect(ruleLines(TRIGGER_BATCH_CUTOFF_RULE, TYPE, { source: { container_registry: { batch_settings: { cutoff: "" } } } })).toEqual([
      'source.container_registry.batch_settings.cutoff: got ""; the provider sends no cutoff, and the API refuses one missing at apply ' +
        "[api] YC-TRIGGER-BATCH-CUTOFF",
    ]);
  });

  test("gives the construct a cutoff of 1 to 60 seconds", () => {
    expect(BATCH_CUTOFF_SECONDS).toEqual({ min: 1, max: 60 });
  });
});
