import { Testing, TerraformStack } from "cdktf";
import { parse } from "yaml";
import { ContainerRegistryEvent, CrWebsocketTrigger, CrWebsocketTriggerProps, WebsocketGateway } from "../lib";
import { newStack, onlyResource, resolveIn, resourcesOf, synthStack, SynthesizedStack } from "./helpers/synth";

const TRIGGER = "yandex_serverless_triggers";
const REGISTRY = "yandex_container_registry";
const SA = "yandex_iam_service_account";
const GATEWAY = "yandex_api_gateway";
const GRANT = "yandex_resourcemanager_folder_iam_member";

function synthWith(props: CrWebsocketTriggerProps = {}): SynthesizedStack {
  const stack = newStack();
  new CrWebsocketTrigger(stack, "Events", props);
  return synthStack(stack);
}

interface TriggerJson {
  name: string;
  description?: string;
  folder_id?: string;
  labels?: Record<string, string>;
  depends_on?: string[];
  source: {
    container_registry: {
      registry_id: string;
      event_type: string[];
      image_name?: string;
      tag?: string;
      batch_settings: { max_count: number; cutoff: string };
    };
  };
  action: Array<{
    gateway_websocket_broadcast: { gateway_id: string; path: string; service_account_id: string };
    filter?: { jq: string };
    transformer?: { jq: string };
    retry_policy?: unknown;
    dead_letter?: unknown;
  }>;
}

function triggerOf(synth: SynthesizedStack): TriggerJson {
  return onlyResource(synth, TRIGGER) as unknown as TriggerJson;
}

function specOf(synth: SynthesizedStack): { paths: Record<string, Record<string, unknown>> } {
  return parse(onlyResource(synth, GATEWAY).spec as string);
}

function expectInvalid(props: CrWebsocketTriggerProps, message: RegExp): void {
  const stack = newStack();
  expect(() => new CrWebsocketTrigger(stack, "Events", props)).toThrow(message);
  // nothing half-emitted: the failed construct left no children behind
  expect(stack.node.tryFindChild("Events")?.node.children ?? []).toHaveLength(0);
}

describe("CrWebsocketTrigger", () => {
  describe("defaults", () => {
    const synth = synthWith();

    test("creates one of each resource", () => {
      for (const type of [TRIGGER, REGISTRY, SA, GATEWAY, GRANT]) expect(Object.keys(resourcesOf(synth, type))).toHaveLength(1);
      expect(synth.data).toBeUndefined();
    });

    test("listens to all four events with a batch of 1 and a 1s cutoff", () => {
      const source = triggerOf(synth).source.container_registry;
      expect(source.event_type).toEqual([
        "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
        "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
        "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
        "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
      ]);
      expect(source.batch_settings).toEqual({ max_count: 1, cutoff: "1s" });
      expect(source).not.toHaveProperty("image_name");
      expect(source).not.toHaveProperty("tag");
    });

    test("watches the created registry", () => {
      const [registryId] = Object.keys(resourcesOf(synth, REGISTRY));
      expect(triggerOf(synth).source.container_registry.registry_id).toBe(`\${${REGISTRY}.${registryId}.id}`);
    });

    test("broadcasts to /ws of the created gateway as the created service account, in an action array", () => {
      const [gatewayId] = Object.keys(resourcesOf(synth, GATEWAY));
      const [saId] = Object.keys(resourcesOf(synth, SA));
      const trigger = triggerOf(synth);
      expect(Array.isArray(trigger.action)).toBe(true);
      expect(trigger.action).toEqual([
        { gateway_websocket_broadcast: { gateway_id: `\${${GATEWAY}.${gatewayId}.id}`, path: "/ws", service_account_id: `\${${SA}.${saId}.id}` } },
      ]);
    });

    test("has no retry policy or dead letter: broadcast is fire-and-forget", () => {
      const action = triggerOf(synth).action[0];
      expect(action.retry_policy).toBeUndefined();
      expect(action.dead_letter).toBeUndefined();
    });

    test("grants the broadcaster role on the gateway's folder with a propagation delay, and the trigger waits for it", () => {
      const [gatewayId] = Object.keys(resourcesOf(synth, GATEWAY));
      const [saId] = Object.keys(resourcesOf(synth, SA));
      const [grantId] = Object.keys(resourcesOf(synth, GRANT));
      expect(onlyResource(synth, GRANT)).toMatchObject({
        folder_id: `\${${GATEWAY}.${gatewayId}.folder_id}`,
        role: "api-gateway.websocketBroadcaster",
        member: `serviceAccount:\${${SA}.${saId}.id}`,
        sleep_after: 30,
      });
      expect(triggerOf(synth).depends_on).toEqual([`${GRANT}.${grantId}`]);
      expect(synth.resource).not.toHaveProperty("yandex_resourcemanager_folder_iam_binding");
    });

    test("protects the created registry from destroy", () => {
      expect(onlyResource(synth, REGISTRY).lifecycle).toEqual({ prevent_destroy: true });
    });

    test("serves the path with a WebSocket message operation in the generated spec", () => {
      expect(specOf(synth).paths["/ws"]).toEqual({
        "x-yc-apigateway-websocket-message": { "x-yc-apigateway-integration": { type: "dummy", http_code: 200, content: { "*": "" } } },
      });
    });

    test("derives valid names from the construct path", () => {
      const name = triggerOf(synth).name;
      expect(name).toMatch(/^[a-z][-a-z0-9]{1,61}[a-z0-9]$/);
      expect(name).toMatch(/^test-events-[0-9a-f]{8}$/);
      expect(onlyResource(synth, REGISTRY).name).toBe(name);
      expect(onlyResource(synth, SA).name).toBe(`${name}-sa`);
      expect(onlyResource(synth, GATEWAY).name).toBe(`${name}-gw`);
    });

    test("sets no folder, labels or description", () => {
      const trigger = triggerOf(synth);
      expect(trigger).not.toHaveProperty("folder_id");
      expect(trigger).not.toHaveProperty("labels");
      expect(trigger).not.toHaveProperty("description");
    });

    test("uses stable short logical ids", () => {
      expect(Object.keys(resourcesOf(synth, TRIGGER))[0]).toMatch(/^Events_[0-9A-F]{8}$/);
      expect(Object.keys(resourcesOf(synth, REGISTRY))[0]).toMatch(/^Events_Registry_[0-9A-F]{8}$/);
      expect(Object.keys(resourcesOf(synth, GRANT))[0]).toMatch(/^Events_BroadcasterGrant_[0-9A-F]{8}$/);
    });
  });

  describe("props", () => {
    test("name names the trigger and is the base of the other names", () => {
      const synth = synthWith({ name: "image-events" });
      expect(triggerOf(synth).name).toBe("image-events");
      expect(onlyResource(synth, REGISTRY).name).toBe("image-events");
      expect(onlyResource(synth, SA).name).toBe("image-events-sa");
      expect(onlyResource(synth, GATEWAY).name).toBe("image-events-gw");
    });

    test("a 63-character name still yields valid derived names", () => {
      const name = `a${"b".repeat(61)}c`;
      const synth = synthWith({ name });
      expect(onlyResource(synth, SA).name).toBe(`${name.slice(0, 60)}-sa`);
      expect((onlyResource(synth, GATEWAY).name as string).length).toBe(63);
    });

    test("description goes to the trigger and the created gateway", () => {
      const synth = synthWith({ description: "pushes to sockets" });
      expect(triggerOf(synth).description).toBe("pushes to sockets");
      expect(onlyResource(synth, GATEWAY).description).toBe("pushes to sockets");
    });

    test("labels go to every created resource", () => {
      const synth = synthWith({ labels: { team: "platform", env: "dev" } });
      for (const type of [TRIGGER, REGISTRY, SA, GATEWAY]) expect(onlyResource(synth, type).labels).toEqual({ team: "platform", env: "dev" });
    });

    test("folderId puts every created resource and the grant in that folder", () => {
      const synth = synthWith({ folderId: "b1gfolder" });
      for (const type of [TRIGGER, REGISTRY, SA, GATEWAY, GRANT]) expect(onlyResource(synth, type).folder_id).toBe("b1gfolder");
    });

    test("events selects the event types", () => {
      const synth = synthWith({ events: [ContainerRegistryEvent.DELETE_IMAGE_TAG, ContainerRegistryEvent.CREATE_IMAGE] });
      expect(triggerOf(synth).source.container_registry.event_type).toEqual([
        "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
        "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
      ]);
    });

    test("imageName and tag become filters", () => {
      const source = triggerOf(synthWith({ imageName: "backend/api", tag: "v1.2.3" })).source.container_registry;
      expect(source.image_name).toBe("backend/api");
      expect(source.tag).toBe("v1.2.3");
    });

    test("batchSize and batchCutoff set the batch, the cutoff as a Go duration", () => {
      expect(triggerOf(synthWith({ batchSize: 1000, batchCutoff: 60 })).source.container_registry.batch_settings).toEqual({
        max_count: 1000,
        cutoff: "60s",
      });
    });

    test("registryName names the created registry", () => {
      expect(onlyResource(synthWith({ registryName: "images" }), REGISTRY).name).toBe("images");
    });

    test("retainRegistry: false lets the registry be destroyed", () => {
      expect(onlyResource(synthWith({ retainRegistry: false }), REGISTRY)).not.toHaveProperty("lifecycle");
    });

    test("websocketPath sets the broadcast path and the spec path", () => {
      const synth = synthWith({ websocketPath: "/events/registry" });
      expect(triggerOf(synth).action[0].gateway_websocket_broadcast.path).toBe("/events/registry");
      expect(Object.keys(specOf(synth).paths)).toEqual(["/events/registry"]);
    });

    test("gatewaySpec replaces the generated spec", () => {
      const spec =
        "openapi: 3.0.0\ninfo: {title: mine, version: 2.0.0}\npaths:\n" +
        "  /ws:\n    x-yc-apigateway-websocket-message:\n      x-yc-apigateway-integration: {type: dummy, http_code: 200, content: {'*': ''}}\n" +
        "  /health:\n    get:\n      x-yc-apigateway-integration: {type: dummy, http_code: 200, content: {'*': ok}}\n";
      expect(onlyResource(synthWith({ gatewaySpec: spec }), GATEWAY).spec).toBe(spec);
    });

    test("gatewaySpec may be JSON", () => {
      const spec = JSON.stringify({
        openapi: "3.0.0",
        info: { title: "t", version: "1" },
        paths: { "/ws": { "x-yc-apigateway-websocket-message": {} } },
      });
      expect(onlyResource(synthWith({ gatewaySpec: spec }), GATEWAY).spec).toBe(spec);
    });

    test("jqFilter and jqTransformer go to the action", () => {
      const action = triggerOf(synthWith({ jqFilter: '.details.tag == "latest"', jqTransformer: "{tag: .details.tag}" })).action[0];
      expect(action.filter).toEqual({ jq: '.details.tag == "latest"' });
      expect(action.transformer).toEqual({ jq: "{tag: .details.tag}" });
    });
  });

  describe("bring your own", () => {
    test("registryId: no registry is created and the trigger watches the given one", () => {
      const synth = synthWith({ registryId: "crp0existing" });
      expect(synth.resource).not.toHaveProperty(REGISTRY);
      expect(triggerOf(synth).source.container_registry.registry_id).toBe("crp0existing");
    });

    test("registryId with retainRegistry warns that it is ignored", () => {
      const stack = newStack();
      new CrWebsocketTrigger(stack, "Events", { registryId: "crp0existing", retainRegistry: true });
      const warnings = stack.node
        .findAll()
        .flatMap((c) => c.node.metadata)
        .filter((m) => m.type === "@cdktf/warn");
      expect(warnings.map((w) => w.data)).toEqual([expect.stringMatching(/retainRegistry is ignored/)]);
    });

    test("serviceAccountId: no account is created and, by default, no role is granted", () => {
      const synth = synthWith({ serviceAccountId: "aje0existing" });
      expect(synth.resource).not.toHaveProperty(SA);
      expect(synth.resource).not.toHaveProperty(GRANT);
      expect(triggerOf(synth).action[0].gateway_websocket_broadcast.service_account_id).toBe("aje0existing");
      expect(triggerOf(synth)).not.toHaveProperty("depends_on");
    });

    test("serviceAccountId with grantBroadcasterRole grants the role to the given account", () => {
      const synth = synthWith({ serviceAccountId: "aje0existing", grantBroadcasterRole: true });
      expect(onlyResource(synth, GRANT).member).toBe("serviceAccount:aje0existing");
    });

    test("grantBroadcasterRole: false skips the grant for a created account, with a warning", () => {
      const stack = newStack();
      new CrWebsocketTrigger(stack, "Events", { grantBroadcasterRole: false });
      const synth = synthStack(stack);
      expect(synth.resource).not.toHaveProperty(GRANT);
      expect(onlyResource(synth, SA)).toBeDefined();
      const warnings = stack.node
        .findAll()
        .flatMap((c) => c.node.metadata)
        .filter((m) => m.type === "@cdktf/warn");
      expect(warnings.map((w) => w.data)).toEqual([expect.stringMatching(/grantBroadcasterRole is false for the service account created here/)]);
    });

    test("gatewayId: no gateway is created; its domain and folder are looked up", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { gatewayId: "d5d0existing" });
      const synth = synthStack(stack);
      expect(synth.resource).not.toHaveProperty(GATEWAY);
      const [lookupId, lookup] = Object.entries(synth.data!.yandex_api_gateway)[0];
      expect(lookup).toMatchObject({ api_gateway_id: "d5d0existing" });
      expect(triggerOf(synth).action[0].gateway_websocket_broadcast.gateway_id).toBe("d5d0existing");
      expect(onlyResource(synth, GRANT).folder_id).toBe(`\${data.yandex_api_gateway.${lookupId}.folder_id}`);
      expect(resolveIn(stack, t.websocketUrl)).toBe(`wss://\${data.yandex_api_gateway.${lookupId}.domain}/ws`);
    });

    test("gatewayId with folderId grants on that folder", () => {
      expect(onlyResource(synthWith({ gatewayId: "d5d0existing", folderId: "b1gfolder" }), GRANT).folder_id).toBe("b1gfolder");
    });

    test("everything by id creates only the trigger and the lookup", () => {
      const synth = synthWith({ registryId: "crp0r", serviceAccountId: "aje0s", gatewayId: "d5d0g" });
      expect(Object.keys(synth.resource!)).toEqual([TRIGGER]);
      expect(Object.keys(synth.data!)).toEqual(["yandex_api_gateway"]);
    });
  });

  describe("public members", () => {
    test("expose the created resources and their ids", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { name: "image-events", websocketPath: "/push" });
      expect(resolveIn(stack, t.triggerId)).toBe(resolveIn(stack, t.trigger.id));
      expect(resolveIn(stack, t.registryId)).toBe(resolveIn(stack, t.registry!.id));
      expect(resolveIn(stack, t.serviceAccountId)).toBe(resolveIn(stack, t.serviceAccount!.id));
      expect(resolveIn(stack, t.gatewayId)).toBe(resolveIn(stack, t.gateway!.id));
      expect(t.broadcasterGrant).toBeDefined();
      expect(t.name).toBe("image-events");
      expect(t.websocketPath).toBe("/push");
      expect(resolveIn(stack, t.websocketUrl)).toBe(`wss://${resolveIn(stack, t.gateway!.domain)}/push`);
    });

    test("leave resources brought by id undefined", () => {
      const t = new CrWebsocketTrigger(newStack(), "Events", { registryId: "crp0r", serviceAccountId: "aje0s", gatewayId: "d5d0g" });
      expect(t.registry).toBeUndefined();
      expect(t.serviceAccount).toBeUndefined();
      expect(t.gateway).toBeUndefined();
      expect(t.broadcasterGrant).toBeUndefined();
      expect(t.registryId).toBe("crp0r");
    });
  });

  describe("composition", () => {
    test("two instances in one stack do not collide", () => {
      const stack = newStack();
      new CrWebsocketTrigger(stack, "First");
      new CrWebsocketTrigger(stack, "Second");
      const synth = synthStack(stack);
      for (const type of [TRIGGER, REGISTRY, SA, GATEWAY, GRANT]) expect(Object.keys(resourcesOf(synth, type))).toHaveLength(2);
      const names = Object.values(resourcesOf(synth, TRIGGER)).map((t) => t.name);
      expect(new Set(names).size).toBe(2);
    });

    test("two triggers share a registry, an account and a gateway, with one grant and both paths in the spec", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway", { name: "shared-gw" });
      const pushes = new CrWebsocketTrigger(stack, "Pushes", {
        gateway,
        websocketPath: "/pushes",
        events: [ContainerRegistryEvent.CREATE_IMAGE_TAG],
        tag: "latest",
      });
      new CrWebsocketTrigger(stack, "Deletes", {
        gateway,
        registryId: pushes.registryId,
        serviceAccountId: pushes.serviceAccountId,
        websocketPath: "/deletes",
        events: [ContainerRegistryEvent.DELETE_IMAGE],
        imageName: "backend/api",
      });
      const synth = synthStack(stack);
      expect(Object.keys(resourcesOf(synth, TRIGGER))).toHaveLength(2);
      for (const type of [REGISTRY, SA, GATEWAY, GRANT]) expect(Object.keys(resourcesOf(synth, type))).toHaveLength(1);
      expect(Object.keys(specOf(synth).paths)).toEqual(["/deletes", "/pushes"]);
      const registryIds = Object.values(resourcesOf(synth, TRIGGER)).map((t) => (t as unknown as TriggerJson).source.container_registry.registry_id);
      expect(new Set(registryIds).size).toBe(1);
    });
  });

  describe("bad input", () => {
    test("fails when the name does not match the provider's pattern", () => {
      expectInvalid(
        { name: "Bad_Name" },
        /name: got "Bad_Name"; must be 3-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'/,
      );
    });

    test("fails when the name is too short or too long", () => {
      expectInvalid({ name: "ab" }, /name: got "ab"/);
      expectInvalid({ name: `a${"b".repeat(63)}` }, /name: got "a?b+"/);
    });

    test("fails when registryName is invalid", () => {
      expectInvalid({ registryName: "-images" }, /registryName: got "-images"; must be 3-63 characters/);
    });

    test("fails when registryName is given with registryId", () => {
      expectInvalid({ registryId: "crp0r", registryName: "images" }, /registryName: got "images"; is only allowed when the registry is created/);
    });

    test("fails when the description is over 500 characters", () => {
      expectInvalid({ description: "x".repeat(501) }, /description: got "x+"\.\.\. \(501 characters\); must be at most 500 characters/);
    });

    test("fails when a label key or value breaks the provider's rules", () => {
      expectInvalid(
        { labels: { Team: "a" } },
        /labels: .*key "Team" must be 1-63 characters: lower-case letters, digits, '-' and '_', starting with a letter/,
      );
      expectInvalid({ labels: { team: "Platform" } }, /labels: .*value "Platform" of key "team"/);
      expectInvalid({ labels: { ["k".repeat(64)]: "v" } }, /labels: .*key "k{64}"/);
    });

    test("fails when trigger-only label characters are used on created registry or account", () => {
      expectInvalid({ labels: { "app.io/name": "x" } }, /labels: .*key "app.io\/name"/);
    });

    test("allows trigger-only label characters when nothing with stricter rules is created", () => {
      const synth = synthWith({ registryId: "crp0r", serviceAccountId: "aje0s", labels: { "app.io/name": "a@b" } });
      expect(triggerOf(synth).labels).toEqual({ "app.io/name": "a@b" });
    });

    test("fails when there are more than 64 labels", () => {
      const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, "v"]));
      expectInvalid({ labels }, /labels: got \{"k0":"v",.*\.\.\. \(\d+ characters\); must have at most 64 labels \(it has 65\)/);
    });

    test("fails when events is empty", () => {
      expectInvalid({ events: [] }, /events: got \[\]; must list at least one of/);
    });

    test("fails when events repeats an event", () => {
      expectInvalid(
        { events: [ContainerRegistryEvent.CREATE_IMAGE, ContainerRegistryEvent.CREATE_IMAGE] },
        /events: .*must not repeat an event \(repeated: CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE\)/,
      );
    });

    test("fails when events holds something that is not a ContainerRegistryEvent", () => {
      expectInvalid({ events: ["create_image" as ContainerRegistryEvent] }, /events: .*"create_image" is not a ContainerRegistryEvent/);
    });

    test.each([0, 1001, 1.5, -1])("fails when batchSize is %p", (batchSize) => {
      expectInvalid({ batchSize }, new RegExp(`batchSize: got ${batchSize}; must be an integer from 1 to 1000 events`));
    });

    test.each([0, 61, 0.5])("fails when batchCutoff is %p", (batchCutoff) => {
      expectInvalid({ batchCutoff }, new RegExp(`batchCutoff: got ${batchCutoff}; must be an integer from 1 to 60 seconds`));
    });

    test.each(["ws", "", "/a b", "//ws"])("fails when websocketPath is %p", (websocketPath) => {
      expectInvalid({ websocketPath }, /websocketPath: got .*; must start with "\/"/);
    });

    test("fails when gatewaySpec is given with gatewayId", () => {
      expectInvalid({ gatewayId: "d5d0g", gatewaySpec: "openapi: 3.0.0" }, /gatewaySpec: .*is only allowed when the gateway is created here/);
    });

    test("fails when gatewayId is given with gateway", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway");
      expect(() => new CrWebsocketTrigger(stack, "Events", { gateway, gatewayId: "d5d0g" })).toThrow(
        /gatewayId: got "d5d0g"; must not be given together with gateway/,
      );
    });

    test("fails when gatewaySpec does not parse", () => {
      expectInvalid({ gatewaySpec: "paths: [unclosed" }, /gatewaySpec: .*does not parse as YAML or JSON/);
    });

    test("fails when gatewaySpec has no paths", () => {
      expectInvalid({ gatewaySpec: "openapi: 3.0.0" }, /gatewaySpec: .*has no `paths` mapping/);
    });

    test("fails when gatewaySpec does not serve websocketPath with a WebSocket operation", () => {
      const spec = "openapi: 3.0.0\npaths:\n  /ws:\n    get: {}\n";
      expectInvalid(
        { gatewaySpec: spec },
        /gatewaySpec: .*must declare the path "\/ws" \(websocketPath\) with the x-yc-apigateway-websocket-message operation/,
      );
    });

    test("fails when a shared gateway's own spec does not serve websocketPath", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway", { spec: "openapi: 3.0.0\npaths:\n  /ws:\n    x-yc-apigateway-websocket-message: {}\n" });
      expect(() => new CrWebsocketTrigger(stack, "Events", { gateway, websocketPath: "/other" })).toThrow(
        /websocketPath: got "\/other"; the gateway's spec must declare this path/,
      );
    });

    test.each(["Backend", "back end", "a//b", "-a", "a-"])("fails when imageName is %p", (imageName) => {
      expectInvalid({ imageName }, /imageName: got .*; must be a Docker repository name/);
    });

    test.each([".v1", "a".repeat(129), "v 1", ""])("fails when tag is %p", (tag) => {
      expectInvalid({ tag }, /tag: got .*; must be a Docker tag/);
    });

    test.each(["registryId", "serviceAccountId", "gatewayId", "folderId"] as const)("fails when %s is empty or over 50 characters", (prop) => {
      expectInvalid({ [prop]: "" }, new RegExp(`${prop}: got ""; must be a non-empty id of at most 50 characters`));
      expectInvalid({ [prop]: "x".repeat(51) }, new RegExp(`${prop}: got "x{51}"; must be a non-empty id`));
    });

    test("fails when jqFilter is over 1024 characters", () => {
      expectInvalid({ jqFilter: ".".repeat(1025) }, /jqFilter: got .*\(1025 characters\); must be 1-1024 characters/);
    });

    test("fails when jqTransformer is empty", () => {
      expectInvalid({ jqTransformer: "" }, /jqTransformer: got ""; must be 1-65536 characters/);
    });

    test("reports every problem in one error", () => {
      expectInvalid({ name: "X", batchSize: 0, websocketPath: "ws" }, /\(3 problems\):\n {2}- name: .*\n {2}- batchSize: .*\n {2}- websocketPath: /);
    });

    test("names the construct path in the error", () => {
      expectInvalid({ batchSize: 0 }, /Invalid CrWebsocketTrigger props at "test\/Events"/);
    });

    test("skips unresolved tokens", () => {
      const stack = newStack();
      const other = new CrWebsocketTrigger(stack, "Other");
      expect(
        () => new CrWebsocketTrigger(stack, "Events", { name: other.trigger.name, registryId: other.registryId, imageName: other.trigger.name }),
      ).not.toThrow();
    });

    test("a failed construct leaves the rest of the stack synthesizable", () => {
      const stack: TerraformStack = newStack();
      expect(() => new CrWebsocketTrigger(stack, "Bad", { batchSize: 0 })).toThrow();
      new CrWebsocketTrigger(stack, "Good");
      expect(Testing.synth(stack)).toContain("yandex_serverless_triggers");
    });
  });
});

describe("stack-level safety", () => {
  test("fails at synth when two triggers share a name in one folder, naming both paths", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "A", { name: "events", registryId: "crp0r" });
    new CrWebsocketTrigger(stack, "B", { name: "events", registryId: "crp0r" });
    expect(() => Testing.synth(stack, true)).toThrow(/\[test\/A\] trigger name "events" in the provider's folder is also used by test\/B/);
  });

  test("allows the same name in different folders", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "A", { name: "events", folderId: "b1gdev" });
    new CrWebsocketTrigger(stack, "B", { name: "events", folderId: "b1gprod" });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test("fails at synth when two created registries share a name", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "A", { name: "first", registryName: "images" });
    new CrWebsocketTrigger(stack, "B", { name: "second", registryName: "images" });
    expect(() => Testing.synth(stack, true)).toThrow(/registry name "images" in the provider's folder is also used by test\/A/);
  });

  test("fails at synth when two created gateways share a name", () => {
    const stack = newStack();
    new WebsocketGateway(stack, "G1", { name: "shared-gw" });
    new CrWebsocketTrigger(stack, "shared", { name: "shared" });
    expect(() => Testing.synth(stack, true)).toThrow(/API gateway name "shared-gw" in the provider's folder is also used by test\/shared\/Gateway/);
  });
});
