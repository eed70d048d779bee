import { parse } from "yaml";
import { WebsocketGateway } from "../lib";
import { newStack, onlyResource, resolveIn, synthStack } from "./helpers/synth";

const GATEWAY = "yandex_api_gateway";

describe("WebsocketGateway", () => {
  test("generates a spec serving every added path once, sorted, each with the WebSocket operation", () => {
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { name: "events-gw" });
    gateway.addWebsocketPath("/b");
    gateway.addWebsocketPath("/a");
    gateway.addWebsocketPath("/b");
    const spec = parse(onlyResource(synthStack(stack), GATEWAY).spec as string);
    expect(spec.info.title).toBe("events-gw");
    expect(Object.keys(spec.paths)).toEqual(["/a", "/b"]);
    expect(spec.paths["/a"]).toHaveProperty("x-yc-apigateway-websocket-message.x-yc-apigateway-integration.type", "dummy");
    expect(gateway.websocketPaths).toEqual(["/a", "/b"]);
  });

  test("passes name, description, labels and folder to the gateway", () => {
    const stack = newStack();
    new WebsocketGateway(stack, "Gateway", { name: "events-gw", description: "d", labels: { team: "x" }, folderId: "b1gf" });
    expect(onlyResource(synthStack(stack), GATEWAY)).toMatchObject({ name: "events-gw", description: "d", labels: { team: "x" }, folder_id: "b1gf" });
  });

  test("derives a valid name from its path by default", () => {
    const stack = newStack();
    new WebsocketGateway(stack, "Shared_Gateway");
    expect(onlyResource(synthStack(stack), GATEWAY).name).toMatch(/^test-shared-gateway-[0-9a-f]{8}$/);
  });

  test("uses your spec as given and accepts paths it serves", () => {
    const spec = "openapi: 3.0.0\npaths:\n  /ws:\n    x-yc-apigateway-websocket-message: {}\n";
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { spec });
    gateway.addWebsocketPath("/ws");
    expect(onlyResource(synthStack(stack), GATEWAY).spec).toBe(spec);
  });

  test("exposes the id, the domain and WebSocket URLs as references", () => {
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { name: "events-gw" });
    expect(resolveIn(stack, gateway.gatewayId)).toMatch(/^\$\{yandex_api_gateway\.Gateway_\w+\.id\}$/);
    expect(resolveIn(stack, gateway.websocketUrl("/ws"))).toMatch(/^wss:\/\/\$\{yandex_api_gateway\.Gateway_\w+\.domain\}\/ws$/);
    expect(resolveIn(stack, gateway.folderId)).toMatch(/\.folder_id\}$/);
  });

  test("fails when a path is not a URL path", () => {
    const gateway = new WebsocketGateway(newStack(), "Gateway");
    expect(() => gateway.addWebsocketPath("ws")).toThrow(
      /Invalid WebsocketGateway\.addWebsocketPath\(\) arguments at "test\/Gateway" \(1 problem\):\n {2}- path: got "ws"; must start with "\/"/,
    );
  });

  test("fails when your spec does not serve an added path", () => {
    const gateway = new WebsocketGateway(newStack(), "Gateway", { spec: "openapi: 3.0.0\npaths: {}\n" });
    expect(() => gateway.addWebsocketPath("/ws")).toThrow(
      /got "\/ws"; the gateway's spec must declare this path with the x-yc-apigateway-websocket-message operation/,
    );
  });

  test("fails when the name breaks the pattern", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { name: "Gw" })).toThrow(
      /Invalid WebsocketGateway props at "test\/Gateway" \(1 problem\):\n {2}- name: got "Gw"; must be 3-63 characters/,
    );
  });

  test("fails when the spec does not parse", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { spec: "{ nope" })).toThrow(
      /spec: got "\{ nope"; must be an OpenAPI document in YAML or JSON, but it does not parse/,
    );
  });

  test("fails when the folder id is empty", () => {
    expect(() => new WebsocketGateway(newStack(), "Gateway", { folderId: "" })).toThrow(
      /folderId: got ""; must be a non-empty id of at most 50 characters/,
    );
  });
});
