import {
  estimatedMessageBytes,
  MAX_EVENTS_PER_MESSAGE,
  messageSizeWarning,
  transformerSizeNote,
  WEBSOCKET_MESSAGE_MAX_BYTES,
} from "../../lib/validate/app-rules/message-size";

// Bounds of YC-TRIGGER-MESSAGE-SIZE that app-rules.test.ts leaves out, found by mutation testing (docs/MUTATION.md).

describe("YC-TRIGGER-MESSAGE-SIZE bounds (lib/validate/app-rules/message-size.ts)", () => {
  test("a message is the envelope, about 600 bytes per event, and a comma between events", () => {
    expect(estimatedMessageBytes(1)).toBe('{"messages":[]}'.length + 600);
    expect(estimatedMessageBytes(2)).toBe('{"messages":[]}'.length + 2 * 600 + 1);
  });

  test("the largest batch without a warning is the largest whose estimated message fits in 128 KB", () => {
    expect(estimatedMessageBytes(MAX_EVENTS_PER_MESSAGE)).toBeLessThanOrEqual(WEBSOCKET_MESSAGE_MAX_BYTES);
    expect(estimatedMessageBytes(MAX_EVENTS_PER_MESSAGE + 1)).toBeGreaterThan(WEBSOCKET_MESSAGE_MAX_BYTES);
    expect(messageSizeWarning(MAX_EVENTS_PER_MESSAGE)).toBeUndefined();
    expect(messageSizeWarning(MAX_EVENTS_PER_MESSAGE + 1)).toMatch(
      new RegExp(
        `^a batch of ${MAX_EVENTS_PER_MESSAGE + 1} events makes a broadcast message of about 129 KB ` +
          `.*keep the batch size at ${MAX_EVENTS_PER_MESSAGE} or less$`,
      ),
    );
  });

  test("the transformer note names the triggers and says what to keep under the limit", () => {
    expect(transformerSizeNote(["dev/A/Resource", "dev/B/Resource"])).toBe(
      "the broadcast message size of dev/A/Resource, dev/B/Resource cannot be estimated: a jq transformer reshapes each event; " +
        "keep batch size times the transformed event under the 128 KB WebSocket message limit (oversize messages close connections, code 1009)",
    );
  });
});
