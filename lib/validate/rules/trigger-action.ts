import { FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

/** The action targets a trigger can have. */
export const ACTION_TARGETS: readonly string[] = ["gateway_websocket_broadcast", "invoke_container", "invoke_function", "start_workflow"];

/** YC-TRIGGER-ACTION: a trigger has at least one action, each with exactly one target. */
export const TRIGGER_ACTION_RULE: ProviderRule = {
  id: "YC-TRIGGER-ACTION",
  rationale: "The schema marks action optional, but the API refuses a trigger without one or an action without exactly one target.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  check(body, report) {
    if (body.action === undefined || (Array.isArray(body.action) && body.action.length === 0)) {
      report("action", "at least one action is required by the API");
    }
    for (const { value, path } of actions(body)) {
      const targets = ACTION_TARGETS.filter((t) => isObject(value[t]));
      if (targets.length !== 1) report(path, `sets ${targets.length} targets (${targets.join(", ") || "none"}); the API needs exactly one`);
    }
  },
};
