import { Testing } from "cdktf";
import { parse } from "yaml";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import { DataYandexApiGateway } from "../.gen/providers/yandex/data-yandex-api-gateway";
import { WebsocketGateway, WebsocketGatewayBase } from "../lib";
import { dataSourcesOfType, newStack, resolveIn, resourcesOfType, synth } from "./helpers/synth";

function onlyGateway(synthesized: string): Record<string, unknown> {
  const all = Object.values(resourcesOfType(synthesized, ApiGateway));
  expect(all).toHaveLength(1);
  return all[0];
}

describe("WebsocketGateway", () => {
  test("generates a spec serving every added path once, sorted, each with the WebSocket operation", () => {
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { name: "events-gw" });
    gateway.addWebsocketPath("/b");
    gateway.addWebsocketPath("/a");
    gateway.addWebsocketPath("/b");
    const spec = parse(onlyGateway(synth(stack)).spec as string);
    expect(spec.info.title).toBe("events-gw");
    expect(Object.keys(spec.paths)).toEqual(["/a", "/b"]);
    expect(spec.paths["/a"]).toHaveProperty("x-yc-apigateway-websocket-message.x-yc-apigateway-integration.type", "dummy");
    expect(gateway.websocketPaths).toEqual(["/a", "/b"]);
  });

  test("passes name, description, labels and folder to the gateway", () => {
    const synthesized = Testing.synthScope((scope) => {
      new WebsocketGateway(scope, "Gateway", { name: "events-gw", description: "d", labels: { team: "x" }, folderId: "b1gf" });
    });
    expect(synthesized).toHaveResourceWithProperties(ApiGateway, { name: "events-gw", description: "d", labels: { team: "x" }, folder_id: "b1gf" });
  });

  test("derives a valid name from its path by default", () => {
    const stack = newStack();
    new WebsocketGateway(stack, "Shared_Gateway");
    expect(synth(stack)).toHaveResourceWithProperties(ApiGateway, { name: expect.stringMatching(/^test-shared-gateway-[0-9a-f]{8}$/) });
  });

  test("uses your spec as given and accepts paths it serves", () => {
    const spec = "openapi: 3.0.0\npaths:\n  /ws:\n    x-yc-apigateway-websocket-message: {}\n";
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { spec });
    expect(() => gateway.addWebsocketPath("/ws")).not.toThrow();
    expect(gateway.websocketPaths).toEqual(["/ws"]);
    expect(synth(stack)).toHaveResourceWithProperties(ApiGateway, { spec });
  });

  test("exposes the id, the folder, the domain and WebSocket URLs as references to its resource", () => {
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { name: "events-gw" });
    const [logicalId] = Object.keys(resourcesOfType(synth(stack), ApiGateway));
    expect(resolveIn(stack, gateway.gatewayId)).toBe(`\${yandex_api_gateway.${logicalId}.id}`);
    expect(resolveIn(stack, gateway.folderId)).toBe(`\${yandex_api_gateway.${logicalId}.folder_id}`);
    expect(resolveIn(stack, gateway.domain)).toBe(`\${yandex_api_gateway.${logicalId}.domain}`);
    expect(resolveIn(stack, gateway.websocketUrl("/ws"))).toBe(`wss://\${yandex_api_gateway.${logicalId}.domain}/ws`);
  });

  test("exposes the given folder as it is", () => {
    expect(new WebsocketGateway(newStack(), "Gateway", { folderId: "b1gf" }).folderId).toBe("b1gf");
  });

  test("fails when a path is not a URL path", () => {
    const gateway = new WebsocketGateway(newStack(), "Gateway");
    expect(() => gateway.addWebsocketPath("ws")).toThrow(
      /Invalid WebsocketGateway\.addWebsocketPath\(\) arguments at "test\/Gateway" \(1 problem\):\n {2}- path: got "ws"; must start with "\/"/,
    );
    expect(gateway.websocketPaths).toEqual([]);
  });

  test("fails when your spec does not serve an added path", () => {
    const gateway = new WebsocketGateway(newStack(), "Gateway", { spec: "openapi: 3.0.0\npaths: {}\n" });
    expect(() => gateway.addWebsocketPath("/ws")).toThrow(
      /got "\/ws"; the gateway's spec must declare this path with the x-yc-apigateway-websocket-message operation/,
    );
  });

  test("fails when the name breaks the pattern", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { name: "Gw" })).toThrow(
      /Invalid WebsocketGateway props at "test\/Gateway" \(1 problem\):\n {2}- name: got "Gw"; must be 1-63 characters/,
    );
  });

  test("fails when the description is over the API's 256 characters", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { description: "d".repeat(257) })).toThrow(
      /description: got "d+"\.\.\. \(257 characters\); is 257 characters; at most 256 characters/,
    );
    expect(() => new WebsocketGateway(newStack(), "Gateway", { description: "d".repeat(256) })).not.toThrow();
    // the limit is the API's, in characters: 256 Cyrillic characters (512 bytes) fit
    expect(() => new WebsocketGateway(newStack(), "Gateway", { description: "д".repeat(256) })).not.toThrow();
  });

  test("fails when a label breaks the gateway's label rules", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { labels: { Team: "a" } })).toThrow(/labels: .*key "Team"/);
  });

  test("fails when the spec does not parse", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { spec: "{ nope" })).toThrow(
      /spec: got "\{ nope"; must be an OpenAPI document in YAML or JSON, but it does not parse/,
    );
  });

  test("skips a spec that is a token", () => {
    const stack = newStack();
    const other = new WebsocketGateway(stack, "Other");
    expect(() => new WebsocketGateway(stack, "Gateway", { spec: other.resource.spec })).not.toThrow();
  });

  test("fails when the folder id is empty", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { folderId: "" })).toThrow(
      /folderId: got ""; must be a non-empty id of at most 50 bytes/,
    );
  });
});

describe("WebsocketGateway.fromGatewayId", () => {
  test("reads the gateway by a data source, its only child, and creates no gateway", () => {
    const stack = newStack();
    const gateway = WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
    const synthesized = synth(stack);
    expect(synthesized).toHaveDataSourceWithProperties(DataYandexApiGateway, { api_gateway_id: "d5d0existing" });
    expect(synthesized).not.toHaveResource(ApiGateway);
    expect(gateway.node.children.map((c) => c.node.id)).toEqual(["Default"]);
  });

  test("keeps the logical id of its path for the data source", () => {
    const stack = newStack();
    WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
    expect(Object.keys(dataSourcesOfType(synth(stack), DataYandexApiGateway))).toEqual(["Existing"]);
  });

  test("exposes the id as given, and the domain, folder and URLs from the data source", () => {
    const stack = newStack();
    const gateway = WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
    expect(gateway.gatewayId).toBe("d5d0existing");
    expect(resolveIn(stack, gateway.domain)).toBe("${data.yandex_api_gateway.Existing.domain}");
    expect(resolveIn(stack, gateway.folderId)).toBe("${data.yandex_api_gateway.Existing.folder_id}");
    expect(resolveIn(stack, gateway.websocketUrl("/ws"))).toBe("wss://${data.yandex_api_gateway.Existing.domain}/ws");
  });

  test("fromGatewayAttributes takes the folder as given", () => {
    const gateway = WebsocketGateway.fromGatewayAttributes(newStack(), "Existing", { gatewayId: "d5d0existing", folderId: "b1gf" });
    expect(gateway.folderId).toBe("b1gf");
  });

  test("accepts any URL path, since the spec is managed elsewhere", () => {
    const gateway = WebsocketGateway.fromGatewayId(newStack(), "Existing", "d5d0existing");
    expect(() => gateway.addWebsocketPath("/anything")).not.toThrow();
  });

  test("shares the owned gateway's base class, which does what both need: URLs, paths and grants", () => {
    const stack = newStack();
    const imported = WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
    expect(imported).toBeInstanceOf(WebsocketGatewayBase);
    expect(new WebsocketGateway(stack, "Gateway")).toBeInstanceOf(WebsocketGatewayBase);
  });

  test("fails when a path is not a URL path", () => {
    const gateway = WebsocketGateway.fromGatewayId(newStack(), "Existing", "d5d0existing");
    expect(() => gateway.addWebsocketPath("ws")).toThrow(
      /Invalid WebsocketGateway\.addWebsocketPath\(\) arguments at "test\/Existing" \(1 problem\):\n {2}- path: got "ws"; must start with "\/"/,
    );
  });

  test("fails when the gateway id or the folder id is empty or too long, naming both, and creates nothing", () => {
    const stack = newStack();
    expect(() => WebsocketGateway.fromGatewayAttributes(stack, "Existing", { gatewayId: "", folderId: "x".repeat(51) })).toThrow(
      /^Invalid WebsocketGateway\.fromGatewayAttributes\(\) arguments at "test\/Existing" \(2 problems\):\n {2}- gatewayId: got ""; must be a non-empty id of at most 50 bytes\n {2}- folderId: got "x{51}"/,
    );
    expect(stack.node.tryFindChild("Existing")?.node.children ?? []).toHaveLength(0);
  });
});
