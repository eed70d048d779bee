import { FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

/** The action targets a trigger can have. */
export const ACTION_TARGETS: readonly string[] = ["gateway_websocket_broadcast", "invoke_container", "invoke_function", "start_workflow"];

/** Most actions (targets) one trigger may have. */
export const MAX_TRIGGER_ACTIONS = 5;

/** YC-TRIGGER-ACTION: a trigger has one to five actions, each with exactly one target. */
export const TRIGGER_ACTION_RULE: ProviderRule = {
  id: "YC-TRIGGER-ACTION",
  rationale: "The schema marks action optional, but the API refuses a trigger with no action or over 5, or an action without exactly one target.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source:
    "cloudapi serverless/triggers/v2/trigger.proto (CreateTriggerRequest.action size >0, Action oneof action exactly_one)" +
    "; docs en/_includes/api-gateway/api-gateway-limits.md (5 targets per trigger)",
  check(body, report) {
    if (body.action === undefined || (Array.isArray(body.action) && body.action.length === 0)) {
      report("action", "at least one action is required by the API");
    } else if (Array.isArray(body.action) && body.action.length > MAX_TRIGGER_ACTIONS) {
      report("action", `has ${body.action.length} actions; a trigger may have at most ${MAX_TRIGGER_ACTIONS} targets`);
    }
    for (const { value, path } of actions(body)) {
      const targets = ACTION_TARGETS.filter((t) => isObject(value[t]));
      if (targets.length !== 1) report(path, `sets ${targets.length} targets (${targets.join(", ") || "none"}); the API needs exactly one`);
    }
  },
};
