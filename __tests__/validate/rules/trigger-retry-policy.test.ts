import { TRIGGER_RETRY_POLICY_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-RETRY-POLICY", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_RETRY_POLICY_RULE)).toEqual([]);
  });

  test.each([1, 5, "3"])("passes %p retry attempts", (retry_attempts) => {
    expect(ruleLines(TRIGGER_RETRY_POLICY_RULE, TYPE, { action: [{ retry_policy: { retry_attempts, interval: "10s" } }] })).toEqual([]);
  });

  test.each([0, 6])("fails on %p retry attempts", (retry_attempts) => {
    expect(ruleLines(TRIGGER_RETRY_POLICY_RULE, TYPE, { action: [{ retry_policy: { retry_attempts, interval: "10s" } }] })).toEqual([
      `action[0].retry_policy.retry_attempts: got ${retry_attempts}; must be an integer from 1 to 5 [provider] YC-TRIGGER-RETRY-POLICY`,
    ]);
  });

  test("fails on an interval that is not a Go duration, in a document, at apply: the provider parses it when it builds the request", () => {
    expect(ruleLinesInDocument(TRIGGER_RETRY_POLICY_RULE, (d) => put(trigger(d), "action.0.retry_policy", { interval: "ten" }))).toEqual([
      expect.stringMatching(
        /: action\[0\]\.retry_policy\.interval: got "ten"; must be a Go duration string.* \[provider at apply\] YC-TRIGGER-RETRY-POLICY$/,
      ),
    ]);
  });

  test("fails on an empty interval as the API's: the provider sends none, and the API requires one", () => {
    expect(ruleLines(TRIGGER_RETRY_POLICY_RULE, TYPE, { action: [{ retry_policy: { interval: "" } }] })).toEqual([
      'action[0].retry_policy.interval: got ""; the provider sends no interval, and the API refuses one missing at apply ' +
        "[api] YC-TRIGGER-RETRY-POLICY",
    ]);
  });
});
