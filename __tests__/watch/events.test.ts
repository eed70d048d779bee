import { backoffDelay, formatEvent, parseFrame, shortEventType, websocketUrlsFromOutputs } from "../../lib/watch";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { batch, event } from "./fixtures";

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
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "outputs-")), "outputs.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ dev: { websocket_url: "wss://a/dev", trigger_id: "x" }, prod: { websocketUrl: "wss://a/prod" }, shared: { gateway_id: "g" } }),
    );
    expect(websocketUrlsFromOutputs(file)).toEqual(["wss://a/dev", "wss://a/prod"]);
  });
});
