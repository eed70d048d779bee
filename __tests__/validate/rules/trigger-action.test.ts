import { TRIGGER_ACTION_RULE } from "../../../lib/validate/rules";
import { drop, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-ACTION", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_ACTION_RULE)).toEqual([]);
  });

  test.each(["gateway_websocket_broadcast", "invoke_container", "invoke_function", "start_workflow"])("passes one %s target", (target) => {
    expect(ruleLines(TRIGGER_ACTION_RULE, TYPE, { action: [{ [target]: {}, filter: { jq: "." } }] })).toEqual([]);
  });

  test("passes an unknown action list", () => {
    expect(ruleLines(TRIGGER_ACTION_RULE, TYPE, { action: "${var.actions}" })).toEqual([]);
  });

  test("fails on no action or an empty list (API)", () => {
    expect(ruleLinesInDocument(TRIGGER_ACTION_RULE, (d) => drop(trigger(d), "action"))).toEqual([
      expect.stringMatching(/: action: at least one action is required by the API \[api\] YC-TRIGGER-ACTION$/),
    ]);
    expect(ruleLines(TRIGGER_ACTION_RULE, TYPE, { action: [] })).toEqual([
      "action: at least one action is required by the API [api] YC-TRIGGER-ACTION",
    ]);
  });

  test("fails on an action with two targets or none (API)", () => {
    expect(ruleLinesInDocument(TRIGGER_ACTION_RULE, (d) => put(trigger(d), "action.0.invoke_function", { function_id: "f" }))).toEqual([
      expect.stringMatching(/: action\[0\]: sets 2 targets \(gateway_websocket_broadcast, invoke_function\); the API needs exactly one \[api\]/),
    ]);
    expect(ruleLines(TRIGGER_ACTION_RULE, TYPE, { action: [{ invoke_function: "f" }] })).toEqual([
      "action[0]: sets 0 targets (none); the API needs exactly one [api] YC-TRIGGER-ACTION",
    ]);
  });
});
