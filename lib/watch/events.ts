/** One event as the trigger sends it to a WebSocket (`messages[]` element). */
export interface RegistryEventMessage {
  readonly event_metadata: {
    readonly event_id?: string;
    readonly event_type: string;
    readonly created_at?: string;
    readonly cloud_id?: string;
    readonly folder_id?: string;
  };
  readonly details: {
    readonly registry_id?: string;
    readonly repository_name?: string;
    readonly image_id?: string;
    readonly image_digest?: string;
    readonly tag?: string;
  };
}

/** What one WebSocket frame turned out to be. */
export type Frame =
  { readonly kind: "batch"; readonly events: RegistryEventMessage[] } | { readonly kind: "unknown"; readonly reason: string; readonly text: string };

const EVENT_TYPE_PREFIX = "yandex.cloud.events.containerregistry.";

/** Parses one frame of the documented `{"messages": [...]}` format; anything else is `unknown` with the reason. */
export function parseFrame(text: string): Frame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "unknown", reason: "not JSON", text };
  }
  const messages = (value as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) return { kind: "unknown", reason: "no messages array", text };
  const events = messages.filter(isEvent);
  if (events.length !== messages.length) return { kind: "unknown", reason: "a message lacks event_metadata.event_type or details", text };
  return { kind: "batch", events };
}

function isEvent(m: unknown): m is RegistryEventMessage {
  const e = m as RegistryEventMessage | null;
  return typeof e?.event_metadata?.event_type === "string" && typeof e.details === "object" && e.details !== null;
}

/** `CreateImageTag` from `yandex.cloud.events.containerregistry.CreateImageTag`. */
export function shortEventType(type: string): string {
  return type.startsWith(EVENT_TYPE_PREFIX) ? type.slice(EVENT_TYPE_PREFIX.length) : type;
}

/** One readable line: time, event type, repository[:tag], short digest. */
export function formatEvent(event: RegistryEventMessage): string {
  const { created_at, event_type } = event.event_metadata;
  const { repository_name, tag, image_digest } = event.details;
  const repository = `${repository_name ?? "?"}${tag ? `:${tag}` : ""}`;
  const digest = image_digest ? image_digest.replace(/^(sha256:)?([0-9a-f]{12})[0-9a-f]*$/, "$1$2") : "";
  return [created_at ?? "-", shortEventType(event_type).padEnd(14), repository, digest].join("  ").trimEnd();
}

/** How an unknown frame is shown: never more than one line of it. */
export function formatUnknown(frame: { reason: string; text: string }): string {
  const oneLine = frame.text.replace(/\s+/g, " ");
  return `unrecognized frame (${frame.reason}): ${oneLine.length > 120 ? `${oneLine.slice(0, 120)}...` : oneLine}`;
}
