import { backoffDelay, formatEvent, formatUnknown, parseFrame, shortEventType, websocketUrlsFromOutputs } from "../../lib/watch";
import * as fs from "fs";
import * as path from "path";
import { withTempDir } from "../helpers/hermetic";
import { batch, event } from "./fixtures";

/** The URLs `websocketUrlsFromOutputs` reads from an outputs file holding `outputs`. */
function urlsFrom(outputs: unknown): string[] {
  return withTempDir("outputs-", (dir) => {
    const file = path.join(dir, "outputs.json");
    fs.writeFileSync(file, JSON.stringify(outputs));
    return websocketUrlsFromOutputs(file);
  });
}

describe("parseFrame", () => {
  test("reads a batch in the documented format", () => {
    const frame = parseFrame(batch(event("CreateImage"), event("CreateImageTag")));
    expect(frame.kind).toBe("batch");
    expect(frame.kind === "batch" && frame.events.map((e) => shortEventType(e.event_metadata.event_type))).toEqual(["CreateImage", "CreateImageTag"]);
  });

  test.each([
    ["not json", "not JSON"],
    ['{"hello": 1}', "no messages array"],
    ['{"messages": [{"details": {}}]}', "a message lacks event_metadata.event_type or details"],
    ["null", "no messages array"],
    ['{"messages": {}}', "no messages array"],
    ['{"messages": [null]}', "a message lacks event_metadata.event_type or details"],
    ['{"messages": [{"event_metadata": {"event_type": 1}, "details": {}}]}', "a message lacks event_metadata.event_type or details"],
    ['{"messages": [{"event_metadata": {"event_type": "x"}, "details": null}]}', "a message lacks event_metadata.event_type or details"],
    ['{"messages": [{"event_metadata": {"event_type": "x"}, "details": "d"}]}', "a message lacks event_metadata.event_type or details"],
  ])("calls %p unknown: %s", (text, reason) => {
    expect(parseFrame(text)).toEqual({ kind: "unknown", reason, text });
  });
});

describe("formatEvent", () => {
  test("shows time, type, repository:tag and a short digest", () => {
    expect(formatEvent(JSON.parse(batch(event("DeleteImageTag"))).messages[0])).toBe(
      "2026-11-28T12:00:00Z  DeleteImageTag  crp0registry/backend/api:latest  sha256:0123456789ab",
    );
  });
});

describe("backoffDelay", () => {
  test("doubles per attempt up to the cap, with jitter between half and all of it", () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, 500, 4000, () => 1))).toEqual([500, 1000, 2000, 4000, 4000]);
    expect(backoffDelay(2, 500, 4000, () => 0)).toBe(1000);
  });
});

describe("websocketUrlsFromOutputs", () => {
  test("collects every stack's websocket_url output", () => {
    expect(
      urlsFrom({
        dev: { websocket_url: "wss://a/dev", trigger_id: "x" },
        prod: { websocketUrl: "wss://a/prod" },
        shared: { gateway_id: "g" },
      }),
    ).toEqual(["wss://a/dev", "wss://a/prod"]);
  });
});

describe("formatUnknown", () => {
  test("collapses whitespace to one line and keeps a frame of up to 120 characters whole", () => {
    const text = `${"a".repeat(59)}\n\t ${"b".repeat(60)}`;
    expect(formatUnknown({ reason: "not JSON", text })).toBe(`unrecognized frame (not JSON): ${"a".repeat(59)} ${"b".repeat(60)}`);
  });

  test("truncates a longer frame to its first 120 characters", () => {
    expect(formatUnknown({ reason: "no messages array", text: `${"x".repeat(120)}y` })).toBe(
      `unrecognized frame (no messages array): ${"x".repeat(120)}...`,
    );
  });
});

describe("formatEvent with missing details", () => {
  const bare = (details: object, metadata: object = {}) =>
    formatEvent({ event_metadata: { event_type: "yandex.cloud.events.containerregistry.CreateImage", ...metadata }, details });

  test("shows placeholders for what is missing and no trailing spaces", () => {
    expect(bare({})).toBe("-  CreateImage     ?");
  });

  test("shortens a bare hex digest and leaves one it does not recognize alone", () => {
    expect(bare({ repository_name: "r/i", image_digest: "0123456789abcdef".repeat(4) }, { created_at: "t" })).toBe(
      "t  CreateImage     r/i  0123456789ab",
    );
    expect(bare({ repository_name: "r/i", image_digest: "sha512:xyz" })).toBe("-  CreateImage     r/i  sha512:xyz");
    expect(bare({ repository_name: "r/i", image_digest: `sha512:${"0".repeat(64)}` })).toBe(`-  CreateImage     r/i  sha512:${"0".repeat(64)}`);
    expect(bare({ repository_name: "r/i", image_digest: "0123456789abcdefXYZ" })).toBe("-  CreateImage     r/i  0123456789abcdefXYZ");
  });
});

describe("shortEventType", () => {
  test("leaves a type from elsewhere as it is", () => {
    expect(shortEventType("other.CreateImage")).toBe("other.CreateImage");
    expect(shortEventType("yandex.cloud.events.containerregistry.")).toBe("");
  });
});

describe("parseFrame edge cases", () => {
  test("an empty batch is a batch", () => {
    expect(parseFrame('{"messages": []}')).toEqual({ kind: "batch", events: [] });
  });
});

describe("websocketUrlsFromOutputs, by output name", () => {
  test("takes websocket_url and websocketUrl in any case, and only string values", () => {
    expect(
      urlsFrom({
        a: { WEBSOCKET_URL: "wss://a", my_websocket_url: "wss://no", websocket_url_2: "wss://no", websocket__url: "wss://no" },
        b: { WebsocketUrl: "wss://b", websocket_url_number: 1 },
        c: { websocket_url: 42 },
        d: null,
      }),
    ).toEqual(["wss://a", "wss://b"]);
  });
});
