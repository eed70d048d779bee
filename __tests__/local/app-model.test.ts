import * as fs from "fs";
import { TerraformStack, Testing } from "cdktf";
import { LocalApp, localApp, LOCAL_FOLDER_ID, readLocalApp, readSpec } from "../../lib/local/app-model";
import { StackDocument } from "../../lib/review/compare";
import { websocketSpec, serializeSpec } from "../../lib/private/openapi-spec";
import { ContainerRegistryEvent, CrWebsocketTrigger, Registry, WebsocketGateway } from "../../lib";
import { ServerlessTriggers } from "../../.gen/providers/yandex/serverless-triggers";
import { runExampleApp } from "../helpers/run-app";
import { newStack } from "../helpers/synth";

/** The app of `stack` as readLocalApp reads it from a synth output, which is removed afterwards. */
function readSynthesized(stack: TerraformStack): LocalApp {
  const outdir = Testing.fullSynth(stack);
  try {
    return readLocalApp(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe("localApp", () => {
  let example: Record<string, StackDocument>;
  beforeAll(() => {
    example = runExampleApp().stacks as Record<string, StackDocument>;
  });

  test("reads the example app's triggers with the registry and the gateway of the shared stack", () => {
    const app = localApp(example);
    expect(app.registries).toEqual([
      {
        key: "shared/yandex_container_registry.Registry",
        stack: "shared",
        path: "Registry",
        id: expect.stringMatching(/^crp[a-z0-9]{17}$/),
        folderId: LOCAL_FOLDER_ID,
      },
    ]);
    expect(app.gateways).toEqual([
      {
        key: expect.stringMatching(/^shared\/yandex_api_gateway\./),
        stack: "shared",
        path: "Gateway",
        id: expect.stringMatching(/^d5d/),
        websocketPaths: [{ path: "/dev" }, { path: "/prod" }],
      },
    ]);
    expect(app.triggers.map((t) => [t.stack, t.path, t.registry, t.actions[0].gateway, t.actions[0].path])).toEqual([
      ["dev", "RegistryEvents", app.registries[0].key, app.gateways[0].key, "/dev"],
      ["prod", "RegistryEvents", app.registries[0].key, app.gateways[0].key, "/prod"],
    ]);
    expect(app.triggers[1]).toMatchObject({
      eventTypes: [ContainerRegistryEvent.CREATE_IMAGE_TAG, ContainerRegistryEvent.DELETE_IMAGE_TAG],
      imageName: "release/app",
      batchSize: 10,
      batchCutoffMs: 5000,
    });
    expect(app.notes).toEqual([]);
  });

  test("the same app gets the same ids on every run", () => {
    const [first, second] = [localApp(example), localApp(example)];
    expect(second.registries[0].id).toBe(first.registries[0].id);
    expect(second.gateways[0].id).toBe(first.gateways[0].id);
  });

  test("an imported registry keeps its id, an imported gateway serves the trigger's path, and jq comes from the action", () => {
    const stack = newStack("imports");
    new CrWebsocketTrigger(stack, "Events", {
      registry: Registry.fromRegistryId(stack, "Images", "crpabcdefghij0123456"),
      gateway: WebsocketGateway.fromGatewayId(stack, "Gateway", "d5dabcdefghij0123456"),
      websocketPath: "/deletes",
      events: [ContainerRegistryEvent.DELETE_IMAGE],
      tag: "stable",
      jqFilter: ".details.tag != null",
      jqTransformer: ".details",
    });
    const app = readSynthesized(stack);
    expect(app.registries).toEqual([
      { key: "id:crpabcdefghij0123456", path: "crpabcdefghij0123456", id: "crpabcdefghij0123456", folderId: LOCAL_FOLDER_ID },
    ]);
    expect(app.gateways[0]).toMatchObject({
      id: "d5dabcdefghij0123456",
      websocketPaths: [{ path: "/deletes" }],
      specUnknown: expect.stringMatching(/imported/),
    });
    expect(app.triggers[0]).toMatchObject({
      path: "Events",
      eventTypes: [ContainerRegistryEvent.DELETE_IMAGE],
      tag: "stable",
      batchSize: 1,
      batchCutoffMs: 1000,
      actions: [{ path: "/deletes", jqFilter: ".details.tag != null", jqTransformer: ".details" }],
    });
  });

  test("a bare trigger resource is keyed by its own path, and a path its gateway does not serve is noted", () => {
    const stack = newStack("bare");
    const registry = new Registry(stack, "Images", { folderId: "b1gabcdefghij0123456" });
    const gateway = new WebsocketGateway(stack, "Gateway");
    new CrWebsocketTrigger(stack, "Events", { registry, gateway });
    new ServerlessTriggers(stack, "Raw", {
      name: "raw",
      source: { containerRegistry: { registryId: registry.registryId, batchSettings: { maxCount: 3, cutoff: "1m" } } },
      action: [{ gatewayWebsocketBroadcast: { gatewayId: gateway.gatewayId, path: "/nowhere", serviceAccountId: "ajeabcdefghij0123456" } }],
    });
    const app = readSynthesized(stack);
    expect(app.registries[0].folderId).toBe("b1gabcdefghij0123456");
    expect(app.triggers.map((t) => t.path)).toEqual(["Events", "Raw"]);
    expect(app.triggers[1]).toMatchObject({ eventTypes: Object.values(ContainerRegistryEvent), batchSize: 3, batchCutoffMs: 60_000 });
    expect(app.notes).toEqual([
      expect.stringMatching(/^bare\/Raw: broadcasts to \/nowhere, which the spec of gateway Gateway does not serve for WebSocket/),
    ]);
  });

  test("fails, saying what to do, for a folder that holds no synthesized app", () => {
    expect(() => readLocalApp("/nonexistent-outdir")).toThrow(
      /\/nonexistent-outdir is not a synth output: it has no manifest.json \(synthesize the app first\)/,
    );
  });
});

describe("readSpec", () => {
  test("finds each WebSocket path and, with a connect authorizer, where its token is read", () => {
    const spec = serializeSpec(websocketSpec("gw", ["/a", "/b"], { functionId: "d4eabcdefghij0123456" }));
    expect(readSpec(spec)).toEqual({
      paths: ["/a", "/b"].map((path) => ({
        path,
        authorizer: [[{ in: "header", name: "Authorization" }], [{ in: "query", name: "token" }]],
      })),
    });
  });

  test("leaves out paths without the WebSocket message operation, and reads YAML", () => {
    const yaml = ["openapi: 3.0.0", "paths:", "  /http:", "    get: {}", "  /ws:", "    x-yc-apigateway-websocket-message: {}"].join("\n");
    expect(readSpec(yaml)).toEqual({ paths: [{ path: "/ws" }] });
  });

  test("says why a spec cannot be read", () => {
    expect(readSpec(undefined).unknown).toMatch(/no spec/);
    expect(readSpec("openapi: 3.0.0").unknown).toBe("its spec has no `paths` mapping");
    expect(readSpec("paths: [").unknown).toMatch(/^its spec does not parse as YAML or JSON/);
    expect(readSpec('${templatefile("spec.yaml", {})}').unknown).toBe("its spec is made at apply time");
  });
});
