import { TRIGGER_BROADCAST_RULE } from "../../../lib/validate/rules";
import { drop, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-BROADCAST", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_BROADCAST_RULE)).toEqual([]);
  });

  test("passes retries on a function target", () => {
    expect(
      ruleLines(TRIGGER_BROADCAST_RULE, TYPE, { action: [{ invoke_function: { function_id: "f" }, retry_policy: {}, dead_letter: {} }] }),
    ).toEqual([]);
  });

  test("fails on a broadcast without a service account, or with a null one (API)", () => {
    expect(ruleLinesInDocument(TRIGGER_BROADCAST_RULE, (d) => drop(trigger(d), "action.0.gateway_websocket_broadcast.service_account_id"))).toEqual([
      expect.stringMatching(
        /: action\[0\]\.gateway_websocket_broadcast\.service_account_id: is required by the API for a WebSocket broadcast \[api\] YC-TRIGGER-BROADCAST$/,
      ),
    ]);
    expect(ruleLines(TRIGGER_BROADCAST_RULE, TYPE, { action: [{ gateway_websocket_broadcast: { service_account_id: null } }] })).toHaveLength(1);
  });

  test("fails on a retry_policy or a dead_letter for a broadcast (API)", () => {
    const expected =
      "action[0]: a WebSocket broadcast is fire-and-forget; the API supports no retry_policy or dead_letter for it [api] YC-TRIGGER-BROADCAST";
    expect(ruleLinesInDocument(TRIGGER_BROADCAST_RULE, (d) => put(trigger(d), "action.0.retry_policy", { interval: "10s" }))).toEqual([
      expect.stringContaining(expected),
    ]);
    expect(
      ruleLines(TRIGGER_BROADCAST_RULE, TYPE, { action: [{ gateway_websocket_broadcast: { service_account_id: "s" }, dead_letter: {} }] }),
    ).toEqual([expected]);
  });
});
