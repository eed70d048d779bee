import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

/** YC-TRIGGER-BROADCAST: a WebSocket broadcast names its service account and has no retry policy or dead letter. */
export const TRIGGER_BROADCAST_RULE: ProviderRule = {
  id: "YC-TRIGGER-BROADCAST",
  rationale: "The API needs a service account to broadcast as, and a broadcast is fire-and-forget: it has no retries or dead letters.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source:
    "cloudapi serverless/triggers/v2/trigger.proto (GatewayWebsocketBroadcast.service_account_id required; broadcast is fire-and-forget, no retry)",
  check(body, report) {
    for (const { value, path } of actions(body)) {
      const broadcast = value.gateway_websocket_broadcast;
      if (!isObject(broadcast)) continue;
      if (broadcast.service_account_id === undefined || broadcast.service_account_id === null) {
        report(childPath(childPath(path, "gateway_websocket_broadcast"), "service_account_id"), "is required by the API for a WebSocket broadcast");
      }
      if (value.retry_policy !== undefined || value.dead_letter !== undefined) {
        report(path, "a WebSocket broadcast is fire-and-forget; the API supports no retry_policy or dead_letter for it");
      }
    }
  },
};
