import { LocalRegistry, LocalTrigger } from "../../lib/local/app-model";
import { ContainerRegistryEvent } from "../../lib/container-registry-event";
import { RepositoryEvent } from "../../lib/local/registry-events";
import { Batcher, BatchTimers, Broadcast, eventMessage, imageNameIn, sourceMatches, TriggerEngine } from "../../lib/local/trigger-engine";
import { stopJq } from "../../lib/private/jq";
import { DOCUMENTED_CR_EVENT } from "../fixtures/yandex-cr-event";

afterAll(() => stopJq());

const REGISTRY: LocalRegistry = {
  key: "s/yandex_container_registry.R",
  stack: "s",
  path: "R",
  id: "crp00000000000000001",
  folderId: "b1g00000000000000001",
};
const DIGEST = `sha256:${"a".repeat(64)}`;
const ALL = Object.values(ContainerRegistryEvent);

function event(type: ContainerRegistryEvent, image = "app", tag: string | null = "v1"): RepositoryEvent {
  return { type, repository: `${REGISTRY.id}/${image}`, digest: DIGEST, ...(tag === null ? {} : { tag }) };
}

/** Timers the test fires by hand. */
function manualTimers(): BatchTimers & { fire(): void; pending(): number } {
  const due = new Map<number, () => void>();
  let next = 0;
  return {
    set: (callback) => {
      due.set(++next, callback);
      return next;
    },
    clear: (handle) => due.delete(handle as number),
    fire: () => {
      const callbacks = [...due.values()];
      due.clear();
      for (const c of callbacks) c();
    },
    pending: () => due.size,
  };
}

describe("sourceMatches", () => {
  const trigger = { eventTypes: ALL, imageName: undefined, tag: undefined };

  test("takes every event of its registry by default", () => {
    for (const type of ALL) expect(sourceMatches(trigger, REGISTRY.id, event(type))).toBe(true);
  });

  test("leaves out events of other registries and event types it does not watch", () => {
    expect(sourceMatches(trigger, "crp00000000000000002", event(ContainerRegistryEvent.CREATE_IMAGE))).toBe(false);
    expect(
      sourceMatches({ ...trigger, eventTypes: [ContainerRegistryEvent.DELETE_IMAGE] }, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE)),
    ).toBe(false);
  });

  test("the image name filter matches the whole name below the registry id", () => {
    const filtered = { ...trigger, imageName: "backend/api" };
    expect(sourceMatches(filtered, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE, "backend/api"))).toBe(true);
    expect(sourceMatches(filtered, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE, "backend/api2"))).toBe(false);
    expect(sourceMatches(filtered, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE, "backend"))).toBe(false);
  });

  test("with image name and tag, both must match; an event without a tag fails a tag filter", () => {
    const both = { ...trigger, imageName: "app", tag: "stable" };
    expect(sourceMatches(both, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE_TAG, "app", "stable"))).toBe(true);
    expect(sourceMatches(both, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE_TAG, "app", "v1"))).toBe(false);
    expect(sourceMatches(both, REGISTRY.id, event(ContainerRegistryEvent.CREATE_IMAGE_TAG, "other", "stable"))).toBe(false);
    expect(sourceMatches(both, REGISTRY.id, event(ContainerRegistryEvent.DELETE_IMAGE, "app", null))).toBe(false);
  });

  test("imageNameIn splits off the registry id only", () => {
    expect(imageNameIn(REGISTRY.id, `${REGISTRY.id}/a/b`)).toBe("a/b");
    expect(imageNameIn(REGISTRY.id, `${REGISTRY.id}x/a`)).toBeUndefined();
  });
});

describe("Batcher", () => {
  test("sends a group as soon as it holds the batch size", () => {
    const sent: number[][] = [];
    const timers = manualTimers();
    const batcher = new Batcher<number>(3, 5000, (items) => sent.push(items), timers);
    for (const n of [1, 2, 3, 4]) batcher.add(n);
    expect(sent).toEqual([[1, 2, 3]]);
    expect(timers.pending()).toBe(1); // the cutoff of the group [4]
  });

  test("sends a group that does not fill when its cutoff passes, and starts the next cutoff with the next item", () => {
    const sent: number[][] = [];
    const timers = manualTimers();
    const batcher = new Batcher<number>(3, 5000, (items) => sent.push(items), timers);
    batcher.add(1);
    batcher.add(2);
    timers.fire();
    expect(sent).toEqual([[1, 2]]);
    expect(timers.pending()).toBe(0);
    batcher.add(3);
    expect(timers.pending()).toBe(1);
  });

  test("a batch size of 1 sends every item at once, with no timer", () => {
    const sent: number[][] = [];
    const timers = manualTimers();
    const batcher = new Batcher<number>(1, 1000, (items) => sent.push(items), timers);
    batcher.add(1);
    batcher.add(2);
    expect(sent).toEqual([[1], [2]]);
    expect(timers.pending()).toBe(0);
  });

  test("discard drops the group being filled", () => {
    const sent: number[][] = [];
    const timers = manualTimers();
    const batcher = new Batcher<number>(2, 1000, (items) => sent.push(items), timers);
    batcher.add(1);
    batcher.discard();
    timers.fire();
    expect(sent).toEqual([]);
  });
});

describe("eventMessage", () => {
  test("has the documented event's fields, with the local registry's ids", () => {
    const message = eventMessage(
      event(ContainerRegistryEvent.CREATE_IMAGE_TAG),
      REGISTRY,
      new Date("2026-01-02T03:04:05.678Z"),
      "crt00000000000000001",
    );
    const { tracing_context: _tracing, ...documentedMetadata } = DOCUMENTED_CR_EVENT.event_metadata;
    expect(Object.keys(message.event_metadata).sort()).toEqual(Object.keys(documentedMetadata).sort());
    expect(Object.keys(message.details).sort()).toEqual(Object.keys(DOCUMENTED_CR_EVENT.details).sort());
    expect(message.event_metadata).toMatchObject({
      event_id: "crt00000000000000001",
      event_type: "yandex.cloud.events.containerregistry.CreateImageTag",
      created_at: "2026-01-02T03:04:05Z",
      folder_id: REGISTRY.folderId,
    });
    expect(message.details).toEqual({
      registry_id: REGISTRY.id,
      repository_name: `${REGISTRY.id}/app`,
      image_id: expect.stringMatching(/^crp[a-z0-9]{17}$/),
      image_digest: DIGEST,
      tag: "v1",
    });
  });

  test("an event without a tag has no tag", () => {
    expect("tag" in eventMessage(event(ContainerRegistryEvent.DELETE_IMAGE, "app", null), REGISTRY, new Date(), "crt1").details).toBe(false);
  });
});

describe("TriggerEngine", () => {
  function trigger(overrides: Partial<LocalTrigger>, action: Partial<LocalTrigger["actions"][number]> = {}): LocalTrigger {
    return {
      stack: "s",
      path: "T",
      address: "yandex_serverless_triggers.T",
      name: "t",
      registry: REGISTRY.key,
      eventTypes: ALL,
      batchSize: 1,
      batchCutoffMs: 1000,
      actions: [{ gateway: "g", path: "/ws", ...action }],
      ...overrides,
    };
  }

  async function run(triggers: LocalTrigger[], pushes: Array<[string, string, string]>): Promise<{ sent: Broadcast[]; logged: string[] }> {
    const sent: Broadcast[] = [];
    const logged: string[] = [];
    const engine = new TriggerEngine({ triggers, registries: [REGISTRY] }, { broadcast: (b) => sent.push(b), log: (l) => logged.push(l) });
    for (const [image, tag, digest] of pushes) await engine.handle([{ action: "push", repository: `${REGISTRY.id}/${image}`, digest, tag }]);
    engine.stop();
    return { sent, logged };
  }

  test("runs the jq filter and the transformer on each event, per action", async () => {
    const { sent } = await run(
      [
        trigger({ path: "Filtered" }, { path: "/f", jqFilter: '.details.tag == "keep"' }),
        trigger({ path: "Shaped" }, { path: "/t", jqTransformer: "{tag: .details.tag, type: .event_metadata.event_type[38:]}" }),
      ],
      [
        ["app", "drop", DIGEST],
        ["app", "keep", DIGEST],
      ],
    );
    const on = (path: string) => sent.filter((b) => b.path === path).map((b) => JSON.parse(b.message) as unknown);
    expect(on("/t")).toEqual([
      { messages: [{ tag: "drop", type: "CreateImage" }] },
      { messages: [{ tag: "drop", type: "CreateImageTag" }] },
      { messages: [{ tag: "keep", type: "CreateImageTag" }] },
    ]);
    expect(on("/f").map((m) => (m as { messages: Array<{ details: { tag: string } }> }).messages[0].details.tag)).toEqual(["keep"]);
    expect(sent[0]).toMatchObject({ trigger: "s/Shaped", gateway: "g", events: 1 });
  });

  test("one event has one id on every trigger it reaches", async () => {
    const { sent } = await run([trigger({ path: "A" }, { path: "/a" }), trigger({ path: "B" }, { path: "/b" })], [["app", "v1", DIGEST]]);
    const ids = sent.map(
      (b) => (JSON.parse(b.message) as { messages: Array<{ event_metadata: { event_id: string } }> }).messages[0].event_metadata.event_id,
    );
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });

  test("a change whose processing fails rejects its own call only: the changes after it are still processed", async () => {
    const sent: string[] = [];
    const broadcast = (b: Broadcast) =>
      sent.push((JSON.parse(b.message) as { messages: Array<{ details: { tag: string } }> }).messages[0].details.tag);
    let calls = 0;
    const now = () => {
      if (++calls === 1) throw new Error("the clock is gone");
      return new Date();
    };
    const engine = new TriggerEngine(
      { triggers: [trigger({ eventTypes: [ContainerRegistryEvent.CREATE_IMAGE_TAG] })], registries: [REGISTRY] },
      { broadcast, log: () => undefined, now },
    );
    const push = (tag: string) => engine.handle([{ action: "push", repository: `${REGISTRY.id}/app`, digest: `sha256:${tag}`, tag }]);
    const [bad, good] = [push("bad"), push("good")];
    await expect(bad).rejects.toThrow("the clock is gone");
    await expect(good).resolves.toBeUndefined();
    expect(sent).toEqual(["good"]);
    engine.stop();
  });

  test("a broadcast that fails, also from a cutoff timer, is logged and the engine goes on", async () => {
    const timers = manualTimers();
    const sent: string[] = [];
    const logged: string[] = [];
    const broadcast = (b: Broadcast) => {
      const tag = (JSON.parse(b.message) as { messages: Array<{ details: { tag: string } }> }).messages[0].details.tag;
      if (tag === "bad") throw new Error("the gateway is gone");
      sent.push(tag);
    };
    const engine = new TriggerEngine(
      { triggers: [trigger({ eventTypes: [ContainerRegistryEvent.CREATE_IMAGE_TAG], batchSize: 2 })], registries: [REGISTRY] },
      { broadcast, log: (l) => logged.push(l), timers },
    );
    const push = (tag: string) => engine.handle([{ action: "push", repository: `${REGISTRY.id}/app`, digest: `sha256:${tag}`, tag }]);
    await push("bad");
    expect(() => timers.fire()).not.toThrow();
    expect(logged).toEqual(["s/T: broadcast to /ws failed, 1 event(s) lost: the gateway is gone"]);
    await push("good");
    timers.fire();
    expect(sent).toEqual(["good"]);
    engine.stop();
  });

  test("an event the jq expression fails on is not sent, and the failure is logged with the trigger", async () => {
    const { sent, logged } = await run([trigger({}, { jqTransformer: 'error("no")' })], [["app", "v1", DIGEST]]);
    expect(sent).toEqual([]);
    expect(logged[0]).toMatch(/^s\/T: jq failed on a CreateImage event, which is not sent: no$/);
  });
});

describe("TriggerEngine and repositories outside the app's registries", () => {
  test("says once that a repository sits under no registry of the app", async () => {
    const logged: string[] = [];
    const engine = new TriggerEngine({ triggers: [], registries: [REGISTRY] }, { broadcast: () => undefined, log: (l) => logged.push(l) });
    const change = { action: "push" as const, repository: "elsewhere/app", digest: DIGEST, tag: "v1" };
    await engine.handle([change, change]);
    await engine.handle([{ ...change, repository: `${REGISTRY.id}/app` }]);
    expect(logged).toEqual([
      "note: elsewhere/app is under no registry of the app, so no trigger sees it; " +
        `push to <registry>/<registry id>/<image> with one of ${REGISTRY.id}`,
    ]);
  });
});
