import { BATCH_SIZE, TRIGGER_BATCH_SIZE_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";
import { JsonObject } from "../../../lib/validate/values";

const TYPE = "yandex_serverless_triggers";
const withBatch = (batch_settings: JsonObject) => ({ source: { container_registry: { registry_id: "r", batch_settings } } });

describe("YC-TRIGGER-BATCH-SIZE", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_BATCH_SIZE_RULE)).toEqual([]);
  });

  test("passes the bounds, numeric strings, unknown values and one of the two at 0", () => {
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 1000, max_bytes: 65536 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: "0", max_bytes: 1 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 0, max_bytes: "${var.b}" }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 0 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 5, max_bytes: 0 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: "${var.c}", max_bytes: 0 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_bytes: 0 }))).toEqual([]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, { source: { container_registry: { batch_settings: null } } })).toEqual([]);
  });

  test("fails on max_count and max_bytes above their bounds, below 0, or not integers", () => {
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 1001, max_bytes: 65537 }))).toEqual([
      "source.container_registry.batch_settings.max_count: got 1001; must be an integer from 0 to 1000 [provider] YC-TRIGGER-BATCH-SIZE",
      "source.container_registry.batch_settings.max_bytes: got 65537; must be an integer from 0 to 65536 [provider] YC-TRIGGER-BATCH-SIZE",
    ]);
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: -1, max_bytes: 1.5 }))).toEqual([
      expect.stringContaining("max_count: got -1; must be an integer from 0 to 1000"),
      expect.stringContaining("max_bytes: got 1.5; must be an integer from 0 to 65536"),
    ]);
  });

  test("leaves max_count and max_bytes both 0 to YC-TRIGGER-BATCH-SETTINGS", () => {
    expect(ruleLines(TRIGGER_BATCH_SIZE_RULE, TYPE, withBatch({ cutoff: "1s", max_count: 0, max_bytes: 0 }))).toEqual([]);
  });

  test("fails on max_count 1001 in a document", () => {
    expect(ruleLinesInDocument(TRIGGER_BATCH_SIZE_RULE, (d) => put(trigger(d), "source.container_registry.batch_settings.max_count", 1001))).toEqual([
      expect.stringMatching(/batch_settings\.max_count: got 1001; must be an integer from 0 to 1000/),
    ]);
  });

  test("gives the construct a batch size of 1 up to the provider's max_count", () => {
    expect(BATCH_SIZE).toEqual({ min: 1, max: 1000 });
  });
});
