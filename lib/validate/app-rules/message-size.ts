import { FindingKind, Severity } from "../findings";
import { actions, batchSettings } from "../rules/trigger-parts";
import { known } from "../rules/rule";
import { isObject } from "../values";
import { AppResource, AppRule, where } from "./app-rule";

/** The API gateway's WebSocket message limit: 128 KB (SendToConnectionRequest.data, length <=131072 bytes). */
export const WEBSOCKET_MESSAGE_MAX_BYTES = 131072;
/**
 * Bytes one Container Registry event takes in a broadcast message, estimated from the documented event
 * (582 bytes as compact JSON, 585 with the longest event type) and rounded up.
 */
export const ESTIMATED_EVENT_BYTES = 600;
/** `{"messages":[` and `]}` around the events. */
const ENVELOPE_BYTES = '{"messages":[]}'.length;

/** The estimated size in bytes of a broadcast message carrying `events` documented events. */
export function estimatedMessageBytes(events: number): number {
  return ENVELOPE_BYTES + events * ESTIMATED_EVENT_BYTES + Math.max(0, events - 1);
}

/** The largest batch whose estimated message stays within the WebSocket message limit. */
export const MAX_EVENTS_PER_MESSAGE = Math.floor((WEBSOCKET_MESSAGE_MAX_BYTES - ENVELOPE_BYTES + 1) / (ESTIMATED_EVENT_BYTES + 1));

/** The warning for a batch of `batchSize` events, or undefined when its estimated message fits in 128 KB. */
export function messageSizeWarning(batchSize: number): string | undefined {
  if (batchSize <= MAX_EVENTS_PER_MESSAGE) return undefined;
  return (
    `a batch of ${batchSize} events makes a broadcast message of about ${Math.round(estimatedMessageBytes(batchSize) / 1024)} KB ` +
    `(about ${ESTIMATED_EVENT_BYTES} bytes per documented event), over the API gateway's 128 KB WebSocket message limit; ` +
    `an oversize message closes the client connections (code 1009): keep the batch size at ${MAX_EVENTS_PER_MESSAGE} or less`
  );
}

/** The note, said once, for triggers whose message size cannot be estimated because a jq transformer reshapes each event. */
export function transformerSizeNote(triggers: readonly string[]): string {
  return (
    `the broadcast message size of ${triggers.join(", ")} cannot be estimated: a jq transformer reshapes each event; ` +
    `keep batch size times the transformed event under the 128 KB WebSocket message limit (oversize messages close connections, code 1009)`
  );
}

/** YC-TRIGGER-MESSAGE-SIZE: warns when a broadcast batch can exceed the gateway's 128 KB WebSocket message limit. */
export const TRIGGER_MESSAGE_SIZE_RULE: AppRule = {
  id: "YC-TRIGGER-MESSAGE-SIZE",
  rationale: "A broadcast over 128 KB closes the WebSocket client connections (code 1009), and about 218 documented events reach it.",
  kind: FindingKind.API,
  severity: Severity.WARNING,
  source:
    "docs en/_includes/api-gateway/api-gateway-limits.md @ 5d687ea (WebSocket message 128 KB); " +
    "en/_includes/functions/cr-format.md @ 2d3693a (the event format)",
  check(resources, report) {
    const transformed: AppResource[] = [];
    for (const r of resources.filter((x) => x.type === "yandex_serverless_triggers")) {
      const broadcasts = actions(r.body).filter(({ value }) => isObject(value.gateway_websocket_broadcast));
      const batch = batchSettings(r.body)?.value;
      const count = known(batch?.max_count);
      const bytes = known(batch?.max_bytes);
      // max_bytes (at most 64 KB) bounds the batch before the count does.
      if (broadcasts.length === 0 || typeof count !== "number" || (typeof bytes === "number" && bytes > 0)) continue;
      if (broadcasts.some(({ value }) => isObject(value.transformer))) {
        if (count > 1) transformed.push(r);
        continue;
      }
      const warning = messageSizeWarning(count);
      if (warning !== undefined) report(r, warning);
    }
    if (transformed.length > 0) report(transformed[0], transformerSizeNote(transformed.map(where)));
  },
};
