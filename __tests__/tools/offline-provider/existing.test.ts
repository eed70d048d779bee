import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadPinnedProviderSchema } from "../../../lib/provider-schema";
import { decodeMsgpack, encodeMsgpack } from "../../../tools/offline-provider/cty";
import { existingObjectOf, ExistingStore, readExistingFiles } from "../../../tools/offline-provider/existing";
import { OfflineProvider } from "../../../tools/offline-provider/provider";
import { fixture, FIXTURE_FILES } from "../../adopt/fixtures";

const schema = loadPinnedProviderSchema();
const msgpack = (value: Parameters<typeof encodeMsgpack>[0]) => ({ msgpack: encodeMsgpack(value) });
const decoded = (value: { msgpack: Uint8Array }) => decodeMsgpack(value.msgpack) as Record<string, unknown>;

describe("existingObjectOf", () => {
  test("reads a v1 trigger as the provider's v2 state: size as max_count, the broadcast as the only action", () => {
    const { type, id, state } = existingObjectOf(fixture("trigger"));
    expect([type, id]).toEqual(["yandex_serverless_triggers", "a1s5msktijh2qk8q3lb0"]);
    expect(state).toMatchObject({
      trigger_id: id,
      source: { container_registry: { registry_id: "crpt4kj3b6e2c0nv8ifd", batch_settings: { max_count: 10, max_bytes: 0, cutoff: "15s" } } },
      action: [
        { gateway_websocket_broadcast: { gateway_id: "d5dm1lba80md5q1bt8gh", path: "/registry-events", service_account_id: "aje3932acdh2mo4ikgpl" } },
      ],
    });
  });

  test("recognises a registry and a service account from their fields", () => {
    expect(existingObjectOf(fixture("registry")).type).toBe("yandex_container_registry");
    expect(existingObjectOf(fixture("serviceAccount")).type).toBe("yandex_iam_service_account");
  });

  test("fails naming the file when it is not yc JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "existing-"));
    try {
      const file = path.join(dir, "bad.json");
      fs.writeFileSync(file, "[]");
      expect(() => readExistingFiles([FIXTURE_FILES.registry, file])).toThrow(/^--existing \S+bad\.json: is not the JSON of one yc object/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("OfflineProvider with existing objects", () => {
  let dir: string;
  let store: ExistingStore;
  let provider: OfflineProvider;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "existing-"));
    const file = path.join(dir, "existing.json");
    fs.writeFileSync(file, JSON.stringify(readExistingFiles([FIXTURE_FILES.registry])));
    store = new ExistingStore(file);
    provider = new OfflineProvider(schema, store);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const registryId = "crpt4kj3b6e2c0nv8ifd";

  test("imports an existing object as its id alone, and the read fills in the rest", () => {
    const imported = provider.importResourceState("yandex_container_registry", registryId);
    expect(imported.diagnostics).toEqual([]);
    const state = imported.imported_resources[0].state;
    expect(decoded(state)).toMatchObject({ id: registryId, name: null });
    expect(decoded(provider.readResource("yandex_container_registry", state).new_state)).toMatchObject({
      id: registryId,
      name: "release-images",
      labels: { env: "prod" },
      timeouts: null,
    });
  });

  test("refuses to import an id it has no object for", () => {
    const imported = provider.importResourceState("yandex_container_registry", "crpnone");
    expect(imported.imported_resources).toEqual([]);
    expect(imported.diagnostics[0].summary).toBe("Cannot import non-existent remote object");
  });

  test("an apply to an existing object changes the store; a destroy removes it", () => {
    const prior = provider.readResource("yandex_container_registry", msgpack({ id: registryId })).new_state;
    const planned = msgpack({ ...decoded(prior), name: "renamed" } as never);
    provider.applyResourceChange("yandex_container_registry", planned, prior);
    expect(store.get("yandex_container_registry", registryId)).toMatchObject({ name: "renamed" });
    provider.applyResourceChange("yandex_container_registry", msgpack(null), planned);
    expect(store.get("yandex_container_registry", registryId)).toBeUndefined();
  });

  test("a state that is no existing object reads as it is", () => {
    const state = { id: "crpcreated", name: "made-here" };
    expect(decoded(provider.readResource("yandex_container_registry", msgpack(state)).new_state)).toEqual(state);
  });
});
