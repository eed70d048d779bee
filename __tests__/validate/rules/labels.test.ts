import { LABELS_RULE, labelCountProblem, labelEntryProblem, STRICT_LABEL_RULES, TRIGGER_LABEL_RULES } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const STRICT = "lower-case letters, digits, '-' and '_'";
const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, "v"]));

describe("YC-LABELS", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(LABELS_RULE)).toEqual([]);
  });

  test("passes 64 labels, 63-character keys and values, and empty values", () => {
    expect(ruleLines(LABELS_RULE, "yandex_container_registry", { labels: many(64) })).toEqual([]);
    expect(ruleLines(LABELS_RULE, "yandex_container_registry", { labels: { ["k".repeat(63)]: "v".repeat(63), e: "" } })).toEqual([]);
  });

  test("passes '.', '/' and '@' on a trigger only", () => {
    expect(ruleLines(LABELS_RULE, "yandex_serverless_triggers", { labels: { "app.io/name": "a@b" } })).toEqual([]);
    expect(ruleLines(LABELS_RULE, "yandex_iam_service_account", { labels: { "app.io/name": "x" } })).toEqual([
      `labels.app.io/name: key "app.io/name" must be 1-63 bytes: ${STRICT}, starting with a letter [provider] YC-LABELS`,
    ]);
  });

  test("skips unknown labels, keys and values", () => {
    expect(ruleLines(LABELS_RULE, "yandex_container_registry", { labels: "${var.labels}" })).toEqual([]);
    expect(ruleLines(LABELS_RULE, "yandex_container_registry", { labels: { "${var.k}": "v", a: "${var.v}", b: 1 } })).toEqual([]);
  });

  test("fails on a bad key and a bad value", () => {
    expect(ruleLines(LABELS_RULE, "yandex_container_registry", { labels: { "a.b": "x", a: "X" } })).toEqual([
      `labels.a.b: key "a.b" must be 1-63 bytes: ${STRICT}, starting with a letter [provider] YC-LABELS`,
      `labels.a: value "X" of key "a" must be 0-63 bytes: ${STRICT} [provider] YC-LABELS`,
    ]);
  });

  test("fails on a 64-character key and a 64-character value", () => {
    const lines = ruleLines(LABELS_RULE, "yandex_serverless_triggers", { labels: { ["k".repeat(64)]: "v", k: "v".repeat(64) } });
    expect(lines).toEqual([
      expect.stringMatching(/^labels\.k{64}: key "k{64}" is 64 bytes \(64 characters\); at most 63 bytes/),
      expect.stringMatching(/^labels\.k: value "v{64}" of key "k" is 64 bytes \(64 characters\); at most 63 bytes/),
    ]);
  });

  test("leaves the count of labels to YC-LABEL-COUNT", () => {
    expect(ruleLines(LABELS_RULE, "yandex_serverless_triggers", { labels: many(65) })).toEqual([]);
  });

  test("fails in a document on the registry and on the trigger", () => {
    expect(ruleLinesInDocument(LABELS_RULE, (d) => put(firstOf(d, "yandex_container_registry"), "labels", { "a.b": "x" }))).toEqual([
      expect.stringMatching(/^yandex_container_registry\.\S+: labels\.a\.b: key "a\.b"/),
    ]);
    expect(ruleLinesInDocument(LABELS_RULE, (d) => put(trigger(d), "labels", { a: "X" }))).toEqual([
      expect.stringMatching(/^yandex_serverless_triggers\.\S+: labels\.a: value "X" of key "a"/),
    ]);
  });

  test("gives the construct the same entry and count rules", () => {
    expect(labelEntryProblem("a", "b", STRICT_LABEL_RULES)).toBeUndefined();
    expect(labelEntryProblem("", "b", TRIGGER_LABEL_RULES)).toMatch(/^key "" must be 1-63 bytes: .*'\.', '\/' and '@'/);
    expect(labelCountProblem(64, STRICT_LABEL_RULES)).toBeUndefined();
    expect(labelCountProblem(65, STRICT_LABEL_RULES)).toBe("must have at most 64 labels (it has 65)");
  });
});
