import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { parse } from "yaml";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import { ApiGatewayIamMember } from "../.gen/providers/yandex/api-gateway-iam-member";
import { ContainerRegistry } from "../.gen/providers/yandex/container-registry";
import { DataYandexApiGateway } from "../.gen/providers/yandex/data-yandex-api-gateway";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { ResourcemanagerFolderIamMember } from "../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../.gen/providers/yandex/serverless-triggers";
import {
  BroadcasterGrantScope,
  BroadcasterRoleGrant,
  ContainerRegistryEvent,
  CrWebsocketTrigger,
  CrWebsocketTriggerProps,
  PropValidationError,
  Registry,
  RemovalPolicy,
  ServiceAccount,
  WebsocketGateway,
} from "../lib";
import { CONTAINER_REGISTRY_EVENT_TYPES } from "../lib/validate/rules";
import * as facts from "./fixtures/yandex-provider-facts";
import { newStack, pathOf, resolveIn, resourcesOfType, synth, TerraformType, warningsOf } from "./helpers/synth";
import { triggerByIds } from "./helpers/trigger-props";

const CREATED = [ServerlessTriggers, ContainerRegistry, IamServiceAccount, ApiGateway, ResourcemanagerFolderIamMember];

function synthWith(props: CrWebsocketTriggerProps = {}): string {
  return Testing.synthScope((scope) => {
    new CrWebsocketTrigger(scope, "Events", props);
  });
}

/** The only resource of a generated class; fails the test when there is not exactly one. */
function only(synthesized: string, type: TerraformType): Record<string, unknown> {
  const all = Object.values(resourcesOfType(synthesized, type));
  expect(all).toHaveLength(1);
  return all[0];
}

function specOf(synthesized: string): { paths: Record<string, Record<string, unknown>> } {
  return parse(only(synthesized, ApiGateway).spec as string);
}

function expectInvalid(props: CrWebsocketTriggerProps, message: RegExp): void {
  const stack = newStack();
  expect(() => new CrWebsocketTrigger(stack, "Events", props)).toThrow(message);
  // nothing half-emitted: the failed construct left no children behind
  expect(stack.node.tryFindChild("Events")?.node.children ?? []).toHaveLength(0);
}

describe("ContainerRegistryEvent", () => {
  test("is the one event list: the checker's list is its values, which are the provider's event types", () => {
    expect(CONTAINER_REGISTRY_EVENT_TYPES).toEqual(Object.values(ContainerRegistryEvent));
    expect(Object.values(ContainerRegistryEvent)).toEqual(facts.CONTAINER_REGISTRY_EVENT_TYPES);
  });
});

describe("CrWebsocketTrigger", () => {
  describe("defaults", () => {
    const synthesized = synthWith();

    test("creates one of each resource and reads no data source", () => {
      for (const type of CREATED) expect(Object.keys(resourcesOfType(synthesized, type))).toHaveLength(1);
      expect(synthesized).not.toHaveDataSource(DataYandexApiGateway);
      expect(synthesized).not.toHaveResource(ApiGatewayIamMember);
    });

    test("listens to all four events with a batch of 1 and a 1s cutoff, without image or tag filters", () => {
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: {
          container_registry: {
            registry_id: expect.any(String),
            event_type: [
              "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
              "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
              "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
              "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
            ],
            batch_settings: { max_count: 1, cutoff: "1s" },
          },
        },
      });
    });

    test("watches the created registry", () => {
      const [registryId] = Object.keys(resourcesOfType(synthesized, ContainerRegistry));
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ registry_id: `\${yandex_container_registry.${registryId}.id}` }) },
      });
    });

    test("broadcasts to /ws of the created gateway as the created service account, in an action array, with no retry or dead letter", () => {
      const [gatewayId] = Object.keys(resourcesOfType(synthesized, ApiGateway));
      const [saId] = Object.keys(resourcesOfType(synthesized, IamServiceAccount));
      // an exact action array: broadcast is fire-and-forget, so no retry_policy or dead_letter may appear
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        action: [
          {
            gateway_websocket_broadcast: {
              gateway_id: `\${yandex_api_gateway.${gatewayId}.id}`,
              path: "/ws",
              service_account_id: `\${yandex_iam_service_account.${saId}.id}`,
            },
          },
        ],
      });
      expect(only(synthesized, ServerlessTriggers).action).toEqual([{ gateway_websocket_broadcast: expect.any(Object) }]);
    });

    test("grants the broadcaster role on the gateway's folder with a propagation delay, and the trigger waits for it", () => {
      const [gatewayId] = Object.keys(resourcesOfType(synthesized, ApiGateway));
      const [saId] = Object.keys(resourcesOfType(synthesized, IamServiceAccount));
      const [grantId] = Object.keys(resourcesOfType(synthesized, ResourcemanagerFolderIamMember));
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, {
        folder_id: `\${yandex_api_gateway.${gatewayId}.folder_id}`,
        role: "api-gateway.websocketBroadcaster",
        member: `serviceAccount:\${yandex_iam_service_account.${saId}.id}`,
        sleep_after: 30,
      });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { depends_on: [`yandex_resourcemanager_folder_iam_member.${grantId}`] });
    });

    test("protects the created registry from destroy", () => {
      expect(synthesized).toHaveResourceWithProperties(ContainerRegistry, { lifecycle: { prevent_destroy: true } });
    });

    test("serves the path with a WebSocket message operation in the generated spec", () => {
      expect(specOf(synthesized).paths["/ws"]).toEqual({
        "x-yc-apigateway-websocket-message": { "x-yc-apigateway-integration": { type: "dummy", http_code: 200, content: { "*": "" } } },
      });
    });

    test("derives valid names from the construct path", () => {
      const name = only(synthesized, ServerlessTriggers).name as string;
      expect(name).toMatch(/^[a-z][-a-z0-9]{1,61}[a-z0-9]$/);
      expect(name).toMatch(/^stack-events-[0-9a-f]{8}$/);
      expect(synthesized).toHaveResourceWithProperties(ContainerRegistry, { name });
      expect(synthesized).toHaveResourceWithProperties(IamServiceAccount, { name: `${name}-sa` });
      expect(synthesized).toHaveResourceWithProperties(ApiGateway, { name: `${name}-gw` });
    });

    test("sets no folder, labels or description on the trigger", () => {
      for (const key of ["folder_id", "labels", "description"]) {
        expect(synthesized).not.toHaveResourceWithProperties(ServerlessTriggers, { [key]: expect.anything() });
      }
    });

    test("describes the created service account", () => {
      expect(synthesized).toHaveResourceWithProperties(IamServiceAccount, {
        description: "Broadcasts Container Registry events to API gateway WebSocket connections.",
      });
    });

    test("warns about nothing", () => {
      for (const props of [
        {},
        { registryId: "crp0r" },
        { serviceAccountId: "aje0s" },
        { serviceAccountId: "aje0s", broadcasterRoleGrant: BroadcasterRoleGrant.NONE },
      ]) {
        const stack = newStack();
        triggerByIds(stack, "Events", props);
        expect(warningsOf(stack)).toEqual([]);
      }
    });

    test("uses stable short logical ids", () => {
      expect(Object.keys(resourcesOfType(synthesized, ServerlessTriggers))).toEqual([expect.stringMatching(/^Events_[0-9A-F]{8}$/)]);
      expect(Object.keys(resourcesOfType(synthesized, ContainerRegistry))).toEqual([expect.stringMatching(/^Events_Registry_[0-9A-F]{8}$/)]);
      expect(Object.keys(resourcesOfType(synthesized, ResourcemanagerFolderIamMember))).toEqual([
        expect.stringMatching(/^Events_BroadcasterGrant_[0-9A-F]{8}$/),
      ]);
    });
  });

  describe("props", () => {
    test("name names the trigger and is the base of the other names", () => {
      const synthesized = synthWith({ name: "image-events" });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { name: "image-events" });
      expect(synthesized).toHaveResourceWithProperties(ContainerRegistry, { name: "image-events" });
      expect(synthesized).toHaveResourceWithProperties(IamServiceAccount, { name: "image-events-sa" });
      expect(synthesized).toHaveResourceWithProperties(ApiGateway, { name: "image-events-gw" });
    });

    test("a 63-character name still yields valid derived names", () => {
      const name = `a${"b".repeat(61)}c`;
      const synthesized = synthWith({ name });
      expect(synthesized).toHaveResourceWithProperties(IamServiceAccount, { name: `${name.slice(0, 60)}-sa` });
      expect(only(synthesized, ApiGateway).name).toHaveLength(63);
    });

    test("description goes to the trigger and the created gateway", () => {
      const synthesized = synthWith({ description: "pushes to sockets" });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { description: "pushes to sockets" });
      expect(synthesized).toHaveResourceWithProperties(ApiGateway, { description: "pushes to sockets" });
    });

    test("labels go to every created resource", () => {
      const synthesized = synthWith({ labels: { team: "platform", env: "dev" } });
      for (const type of [ServerlessTriggers, ContainerRegistry, IamServiceAccount, ApiGateway]) {
        expect(synthesized).toHaveResourceWithProperties(type, { labels: { team: "platform", env: "dev" } });
      }
    });

    test("folderId puts every created resource and the grant in that folder", () => {
      const synthesized = synthWith({ folderId: "b1gfolder" });
      for (const type of CREATED) expect(synthesized).toHaveResourceWithProperties(type, { folder_id: "b1gfolder" });
    });

    test("events selects the event types", () => {
      const synthesized = synthWith({ events: [ContainerRegistryEvent.DELETE_IMAGE_TAG, ContainerRegistryEvent.CREATE_IMAGE] });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: {
          container_registry: expect.objectContaining({
            event_type: ["CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG", "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"],
          }),
        },
      });
    });

    test("imageName and tag become filters", () => {
      expect(synthWith({ imageName: "backend/api", tag: "v1.2.3" })).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ image_name: "backend/api", tag: "v1.2.3" }) },
      });
    });

    test("batchSize and batchCutoffSeconds set the batch, the cutoff as a Go duration", () => {
      expect(synthWith({ batchSize: 1000, batchCutoffSeconds: 60 })).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ batch_settings: { max_count: 1000, cutoff: "60s" } }) },
      });
    });

    test("the created registry is named after the trigger, and a destroy that would delete it is refused at plan", () => {
      expect(synthWith({ name: "images" })).toHaveResourceWithProperties(ContainerRegistry, { name: "images", lifecycle: { prevent_destroy: true } });
    });

    test("registryRemovalPolicy: DESTROY lets a destroy delete the created registry", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { registryRemovalPolicy: RemovalPolicy.DESTROY });
      expect((t.registry as Registry).removalPolicy).toBe(RemovalPolicy.DESTROY);
      expect(synth(stack)).not.toHaveResourceWithProperties(ContainerRegistry, { lifecycle: expect.anything() });
    });

    test("websocketPath sets the broadcast path and the spec path", () => {
      const synthesized = synthWith({ websocketPath: "/events/registry" });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        action: [{ gateway_websocket_broadcast: expect.objectContaining({ path: "/events/registry" }) }],
      });
      expect(Object.keys(specOf(synthesized).paths)).toEqual(["/events/registry"]);
    });

    test("a gateway given with its own spec serves the trigger's path from that spec", () => {
      const spec =
        "openapi: 3.0.0\ninfo: {title: mine, version: 2.0.0}\npaths:\n" +
        "  /ws:\n    x-yc-apigateway-websocket-message:\n      x-yc-apigateway-integration: {type: dummy, http_code: 200, content: {'*': ''}}\n";
      const synthesized = Testing.synthScope((scope) => {
        new CrWebsocketTrigger(scope, "Events", { gateway: new WebsocketGateway(scope, "Gateway", { spec }) });
      });
      expect(synthesized).toHaveResourceWithProperties(ApiGateway, { spec });
    });

    test("jqFilter and jqTransformer go to the action", () => {
      expect(synthWith({ jqFilter: '.details.tag == "latest"', jqTransformer: "{tag: .details.tag}" })).toHaveResourceWithProperties(
        ServerlessTriggers,
        { action: [expect.objectContaining({ filter: { jq: '.details.tag == "latest"' }, transformer: { jq: "{tag: .details.tag}" } })] },
      );
    });

    test("broadcasterRoleGrant: GATEWAY grants the role on the created gateway only, and the trigger waits for that grant", () => {
      const synthesized = synthWith({ broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY });
      const [gatewayId] = Object.keys(resourcesOfType(synthesized, ApiGateway));
      const [saId] = Object.keys(resourcesOfType(synthesized, IamServiceAccount));
      expect(synthesized).not.toHaveResource(ResourcemanagerFolderIamMember);
      expect(synthesized).toHaveResourceWithProperties(ApiGatewayIamMember, {
        api_gateway_id: `\${yandex_api_gateway.${gatewayId}.id}`,
        role: "api-gateway.websocketBroadcaster",
        member: `serviceAccount:\${yandex_iam_service_account.${saId}.id}`,
        sleep_after: 30,
      });
      const [grantId] = Object.keys(resourcesOfType(synthesized, ApiGatewayIamMember));
      expect(grantId).toMatch(/^Events_GatewayBroadcasterGrant_[0-9A-F]{8}$/);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { depends_on: [`yandex_api_gateway_iam_member.${grantId}`] });
    });

    test('broadcasterRoleGrant takes the string values "folder", "gateway" and "none"', () => {
      expect(synthWith({ broadcasterRoleGrant: "gateway" as BroadcasterRoleGrant })).toHaveResource(ApiGatewayIamMember);
      expect(synthWith({ broadcasterRoleGrant: "folder" as BroadcasterRoleGrant })).toHaveResource(ResourcemanagerFolderIamMember);
      expect(synthWith({ broadcasterRoleGrant: "none" as BroadcasterRoleGrant })).not.toHaveResource(ResourcemanagerFolderIamMember);
    });
  });

  describe("bring your own", () => {
    test("registry: Registry.fromRegistryId creates no registry, and the trigger watches the given one", () => {
      const synthesized = Testing.synthScope((scope) => {
        new CrWebsocketTrigger(scope, "Events", { registry: Registry.fromRegistryId(scope, "Images", "crp0existing") });
      });
      expect(synthesized).not.toHaveResource(ContainerRegistry);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ registry_id: "crp0existing" }) },
      });
    });

    test("registry: a Registry declared elsewhere is watched, not created twice", () => {
      const synthesized = Testing.synthScope((scope) => {
        const registry = new Registry(scope, "Images", { name: "images" });
        new CrWebsocketTrigger(scope, "Events", { registry });
      });
      expect(Object.keys(resourcesOfType(synthesized, ContainerRegistry))).toEqual(["Images"]);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ registry_id: "${yandex_container_registry.Images.id}" }) },
      });
    });

    test("serviceAccount: an imported account creates no account and, by default, no grant", () => {
      const synthesized = Testing.synthScope((scope) => {
        new CrWebsocketTrigger(scope, "Events", { serviceAccount: ServiceAccount.fromServiceAccountId(scope, "Broadcaster", "aje0existing") });
      });
      expect(synthesized).not.toHaveResource(IamServiceAccount);
      expect(synthesized).not.toHaveResource(ResourcemanagerFolderIamMember);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        action: [{ gateway_websocket_broadcast: expect.objectContaining({ service_account_id: "aje0existing" }) }],
      });
      expect(synthesized).not.toHaveResourceWithProperties(ServerlessTriggers, { depends_on: expect.anything() });
    });

    test("serviceAccount: an imported account with broadcasterRoleGrant: FOLDER is granted under the stack's BroadcasterGrants", () => {
      const stack = newStack();
      const serviceAccount = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0existing");
      const t = new CrWebsocketTrigger(stack, "Events", { serviceAccount, broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER });
      const synthesized = synth(stack);
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, { member: "serviceAccount:aje0existing" });
      expect(t.broadcasterGrant!.resource.node.path).toMatch(/^test\/BroadcasterGrants\/BroadcasterGrant[0-9A-F]{8}$/);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        depends_on: [`yandex_resourcemanager_folder_iam_member.${t.broadcasterGrant!.resource.friendlyUniqueId}`],
      });
    });

    test("serviceAccount: an account adopted with importFrom is not granted unless asked", () => {
      const stack = newStack();
      const serviceAccount = new ServiceAccount(stack, "Broadcaster", { name: "broadcaster" });
      serviceAccount.importFrom("aje0existing");
      const t = new CrWebsocketTrigger(stack, "Events", { serviceAccount });
      expect(t.broadcasterRoleGrant).toBe(BroadcasterRoleGrant.NONE);
      expect(synth(stack)).not.toHaveResource(ResourcemanagerFolderIamMember);
    });

    test("serviceAccount: a ServiceAccount declared in the stack is granted under the account", () => {
      const stack = newStack();
      const serviceAccount = new ServiceAccount(stack, "Broadcaster");
      const t = new CrWebsocketTrigger(stack, "Events", { serviceAccount });
      expect(Object.keys(resourcesOfType(synth(stack), IamServiceAccount))).toEqual(["Broadcaster"]);
      expect(t.broadcasterGrant!.resource.node.path).toMatch(/^test\/Broadcaster\/BroadcasterGrant[0-9A-F]{8}$/);
    });

    test("broadcasterRoleGrant: NONE skips the grant for a created account, with a warning that nothing grants it", () => {
      const stack = newStack();
      new CrWebsocketTrigger(stack, "Events", { broadcasterRoleGrant: BroadcasterRoleGrant.NONE });
      const synthesized = synth(stack);
      expect(synthesized).not.toHaveResource(ResourcemanagerFolderIamMember);
      expect(synthesized).toHaveResource(IamServiceAccount);
      expect(warningsOf(stack)).toEqual([
        expect.stringMatching(/^broadcasterRoleGrant is NONE and no grantBroadcast in this stack grants the service account created here/),
      ]);
    });

    test("broadcasterRoleGrant: NONE for a created account that gateway.grantBroadcast grants afterwards warns about nothing", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { broadcasterRoleGrant: BroadcasterRoleGrant.NONE });
      t.gateway.grantBroadcast(t.serviceAccount, { scope: BroadcasterGrantScope.GATEWAY });
      expect(synth(stack)).toHaveResource(ApiGatewayIamMember);
      expect(warningsOf(stack)).toEqual([]);
    });

    test("a ServiceAccount created in the app with broadcasterRoleGrant: GATEWAY gets the gateway grant and no warning", () => {
      const stack = newStack();
      const serviceAccount = new ServiceAccount(stack, "Broadcaster", { name: "broadcaster" });
      const t = new CrWebsocketTrigger(stack, "Events", { serviceAccount, broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY });
      const synthesized = synth(stack);
      expect(synthesized).toHaveResourceWithProperties(ApiGatewayIamMember, {
        member: "serviceAccount:${yandex_iam_service_account.Broadcaster.id}",
      });
      expect(synthesized).not.toHaveResource(ResourcemanagerFolderIamMember);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        depends_on: [`yandex_api_gateway_iam_member.${t.broadcasterGrant!.resource.friendlyUniqueId}`],
      });
      expect(warningsOf(stack)).toEqual([]);
    });

    test("gateway: WebsocketGateway.fromGatewayId creates no gateway; its domain and folder come from the importer's data source", () => {
      const stack = newStack();
      const gateway = WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
      const t = new CrWebsocketTrigger(stack, "Events", { gateway, websocketPath: "/push" });
      const synthesized = synth(stack);
      expect(synthesized).not.toHaveResource(ApiGateway);
      expect(synthesized).toHaveDataSourceWithProperties(DataYandexApiGateway, { api_gateway_id: "d5d0existing" });
      expect(Object.keys(JSON.parse(synthesized).data.yandex_api_gateway)).toEqual(["Existing"]);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        action: [{ gateway_websocket_broadcast: expect.objectContaining({ gateway_id: "d5d0existing", path: "/push" }) }],
      });
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, {
        folder_id: "${data.yandex_api_gateway.Existing.folder_id}",
      });
      expect(resolveIn(stack, t.websocketUrl)).toBe("wss://${data.yandex_api_gateway.Existing.domain}/push");
    });

    test("gateway: fromGatewayAttributes with a folder grants on that folder", () => {
      const synthesized = Testing.synthScope((scope) => {
        const gateway = WebsocketGateway.fromGatewayAttributes(scope, "Existing", { gatewayId: "d5d0existing", folderId: "b1gfolder" });
        new CrWebsocketTrigger(scope, "Events", { gateway });
      });
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, { folder_id: "b1gfolder" });
    });

    test("gateway: an imported gateway with broadcasterRoleGrant: GATEWAY grants on the given gateway", () => {
      const synthesized = Testing.synthScope((scope) => {
        const gateway = WebsocketGateway.fromGatewayId(scope, "Existing", "d5d0existing");
        new CrWebsocketTrigger(scope, "Events", { gateway, broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY });
      });
      expect(synthesized).toHaveResourceWithProperties(ApiGatewayIamMember, { api_gateway_id: "d5d0existing" });
      expect(synthesized).not.toHaveResource(ResourcemanagerFolderIamMember);
    });

    test("everything imported creates only the trigger and the gateway lookup", () => {
      const parsed = JSON.parse(
        Testing.synthScope((scope) => {
          new CrWebsocketTrigger(scope, "Events", {
            registry: Registry.fromRegistryId(scope, "Images", "crp0r"),
            serviceAccount: ServiceAccount.fromServiceAccountId(scope, "Broadcaster", "aje0s"),
            gateway: WebsocketGateway.fromGatewayId(scope, "Gateway", "d5d0g"),
          });
        }),
      );
      expect(Object.keys(parsed.resource)).toEqual([ServerlessTriggers.tfResourceType]);
      expect(Object.keys(parsed.data)).toEqual([DataYandexApiGateway.tfResourceType]);
    });

    test("importFrom imports the trigger at its own address, and keeps every argument", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { name: "events" });
      expect(t.importFrom("a1s0existing")).toBeUndefined();
      const parsed = JSON.parse(synth(stack));
      expect(parsed.import).toEqual([{ id: "a1s0existing", to: `yandex_serverless_triggers.${t.resource.friendlyUniqueId}` }]);
      expect(parsed.resource.yandex_serverless_triggers[t.resource.friendlyUniqueId]).toMatchObject({ name: "events" });
    });

    test("importFrom fails on an empty id, naming the argument", () => {
      const t = new CrWebsocketTrigger(newStack(), "Events");
      expect(() => t.importFrom("")).toThrow(/Invalid CrWebsocketTrigger.importFrom\(\) arguments at "test\/Events"[^]*triggerId: got ""/);
    });
  });

  describe("public members", () => {
    test("name, websocketPath and the ids resolve to what the trigger uses", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events", { name: "image-events", websocketPath: "/push" });
      const synthesized = synth(stack);
      expect(t.name).toBe("image-events");
      expect(t.websocketPath).toBe("/push");
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, {
        source: { container_registry: expect.objectContaining({ registry_id: resolveIn(stack, t.registryId) }) },
        action: [
          {
            gateway_websocket_broadcast: {
              gateway_id: resolveIn(stack, t.gatewayId),
              path: "/push",
              service_account_id: resolveIn(stack, t.serviceAccountId),
            },
          },
        ],
      });
      const [triggerId] = Object.keys(resourcesOfType(synthesized, ServerlessTriggers));
      expect(resolveIn(stack, t.triggerId)).toBe(`\${yandex_serverless_triggers.${triggerId}.id}`);
      const [gatewayId] = Object.keys(resourcesOfType(synthesized, ApiGateway));
      expect(resolveIn(stack, t.websocketUrl)).toBe(`wss://\${yandex_api_gateway.${gatewayId}.domain}/push`);
    });

    test("expose the created resources, the gateway construct and the grant the trigger depends on", () => {
      const stack = newStack();
      const t = new CrWebsocketTrigger(stack, "Events");
      expect(t.resource).toBeInstanceOf(ServerlessTriggers);
      expect(t.registry).toBeInstanceOf(Registry);
      expect((t.registry as Registry).resource).toBeInstanceOf(ContainerRegistry);
      expect(t.serviceAccount).toBeInstanceOf(ServiceAccount);
      expect((t.serviceAccount as ServiceAccount).resource).toBeInstanceOf(IamServiceAccount);
      expect(t.gateway).toBeInstanceOf(WebsocketGateway);
      expect(t.broadcasterGrant!.resource).toBeInstanceOf(ResourcemanagerFolderIamMember);
      expect(pathOf(t.broadcasterGrant!.grantee)).toBe(pathOf(t.serviceAccount));
      expect(t.broadcasterGrant!.scope).toBe(BroadcasterGrantScope.FOLDER);
      expect(t.broadcasterRoleGrant).toBe(BroadcasterRoleGrant.FOLDER);
      expect(synth(stack)).toHaveResourceWithProperties(ServerlessTriggers, {
        depends_on: [`yandex_resourcemanager_folder_iam_member.${t.broadcasterGrant!.resource.friendlyUniqueId}`],
      });
    });

    test("with everything imported, the members are the importers and there is no grant", () => {
      const stack = newStack();
      const registry = Registry.fromRegistryId(stack, "Images", "crp0r");
      const serviceAccount = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      const gateway = WebsocketGateway.fromGatewayId(stack, "Gateway", "d5d0g");
      const t = new CrWebsocketTrigger(stack, "Events", { registry, serviceAccount, gateway });
      expect([t.registry, t.serviceAccount, t.gateway].map(pathOf)).toEqual([registry, serviceAccount, gateway].map(pathOf));
      expect(t.broadcasterGrant).toBeUndefined();
      expect([t.registryId, t.serviceAccountId, t.gatewayId]).toEqual(["crp0r", "aje0s", "d5d0g"]);
    });
  });

  describe("composition", () => {
    test("two instances in one stack do not collide", () => {
      const synthesized = Testing.synthScope((scope) => {
        new CrWebsocketTrigger(scope, "First");
        new CrWebsocketTrigger(scope, "Second");
      });
      for (const type of CREATED) expect(Object.keys(resourcesOfType(synthesized, type))).toHaveLength(2);
      const names = Object.values(resourcesOfType(synthesized, ServerlessTriggers)).map((t) => t.name);
      expect(new Set(names).size).toBe(2);
    });

    test("two triggers share a registry, an account and a gateway, with one grant and both paths in the spec", () => {
      const synthesized = Testing.synthScope((scope) => {
        const gateway = new WebsocketGateway(scope, "Gateway", { name: "shared-gw" });
        const pushes = new CrWebsocketTrigger(scope, "Pushes", {
          gateway,
          websocketPath: "/pushes",
          events: [ContainerRegistryEvent.CREATE_IMAGE_TAG],
          tag: "latest",
        });
        new CrWebsocketTrigger(scope, "Deletes", {
          gateway,
          registry: pushes.registry,
          serviceAccount: pushes.serviceAccount,
          websocketPath: "/deletes",
          events: [ContainerRegistryEvent.DELETE_IMAGE],
          imageName: "backend/api",
        });
      });
      expect(Object.keys(resourcesOfType(synthesized, ServerlessTriggers))).toHaveLength(2);
      for (const type of [ContainerRegistry, IamServiceAccount, ApiGateway, ResourcemanagerFolderIamMember]) {
        expect(Object.keys(resourcesOfType(synthesized, type))).toHaveLength(1);
      }
      expect(Object.keys(specOf(synthesized).paths)).toEqual(["/deletes", "/pushes"]);
      const [grantId] = Object.keys(resourcesOfType(synthesized, ResourcemanagerFolderIamMember));
      for (const trigger of Object.values(resourcesOfType(synthesized, ServerlessTriggers))) {
        expect(trigger.depends_on).toEqual([`yandex_resourcemanager_folder_iam_member.${grantId}`]);
      }
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

    test("fails when the description is over 500 bytes", () => {
      expectInvalid(
        { description: "x".repeat(501) },
        /description: got "x+"\.\.\. \(501 characters\); is 501 bytes \(501 characters\); at most 500 bytes/,
      );
    });

    test("fails when a Cyrillic description is over 500 bytes: 300 characters are 600 bytes, refused by the provider's LengthBetween", () => {
      expectInvalid(
        { description: "д".repeat(300) },
        /description: got "д+"\.\.\. \(300 characters\); is 600 bytes \(300 characters\); at most 500 bytes/,
      );
    });

    test("accepts a Cyrillic description at 500 bytes, and refuses one character more", () => {
      expect(synthWith({ description: "д".repeat(250) })).toHaveResourceWithProperties(ServerlessTriggers, { description: "д".repeat(250) });
      expectInvalid({ description: "д".repeat(251) }, /description: .*; is 502 bytes \(251 characters\); at most 500 bytes/);
    });

    test("fails when a label key or value breaks the provider's rules", () => {
      expectInvalid(
        { labels: { Team: "a" } },
        /labels: .*key "Team" must be 1-63 bytes: lower-case letters, digits, '-' and '_', starting with a letter/,
      );
      expectInvalid({ labels: { team: "Platform" } }, /labels: .*value "Platform" of key "team"/);
      expectInvalid({ labels: { ["k".repeat(64)]: "v" } }, /labels: .*key "k{64}"/);
    });

    test("fails when trigger-only label characters are used on created registry or account", () => {
      expectInvalid({ labels: { "app.io/name": "x" } }, /labels: .*key "app.io\/name"/);
    });

    test("allows trigger-only label characters when nothing with stricter rules is created", () => {
      const synthesized = Testing.synthScope((scope) => {
        triggerByIds(scope, "Events", { registryId: "crp0r", serviceAccountId: "aje0s", labels: { "app.io/name": "a@b" } });
      });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { labels: { "app.io/name": "a@b" } });
    });

    test("fails when there are more than 64 labels", () => {
      const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, "v"]));
      expectInvalid({ labels }, /labels: got \{"k0":"v",.*\.\.\. \(\d+ characters\); must have at most 64 labels \(it has 65\)/);
    });

    test("fails when events is empty", () => {
      expectInvalid(
        { events: [] },
        /events: got \[\]; must list at least one of ContainerRegistryEvent\.CREATE_IMAGE, ContainerRegistryEvent\.DELETE_IMAGE, ContainerRegistryEvent\.CREATE_IMAGE_TAG, ContainerRegistryEvent\.DELETE_IMAGE_TAG$/m,
      );
    });

    test("fails when events repeats an event", () => {
      expectInvalid(
        { events: [ContainerRegistryEvent.CREATE_IMAGE, ContainerRegistryEvent.CREATE_IMAGE] },
        /events: .*must not repeat an event \(repeated: ContainerRegistryEvent\.CREATE_IMAGE\)/,
      );
    });

    test("fails when events holds something that is not a ContainerRegistryEvent", () => {
      expectInvalid(
        { events: ["create_image" as ContainerRegistryEvent] },
        /events: .*"create_image" is not a ContainerRegistryEvent; use ContainerRegistryEvent\.CREATE_IMAGE, /,
      );
    });

    test.each([0, 1001, 1.5, -1])("fails when batchSize is %p", (batchSize) => {
      expectInvalid({ batchSize }, new RegExp(`batchSize: got ${batchSize}; must be an integer from 1 to 1000 events`));
    });

    test.each([0, 61, 0.5])("fails when batchCutoffSeconds is %p", (batchCutoffSeconds) => {
      expectInvalid({ batchCutoffSeconds }, new RegExp(`batchCutoffSeconds: got ${batchCutoffSeconds}; must be an integer from 1 to 60 seconds`));
    });

    test("fails when broadcasterRoleGrant is not a BroadcasterRoleGrant", () => {
      expectInvalid(
        { broadcasterRoleGrant: true as unknown as BroadcasterRoleGrant },
        /broadcasterRoleGrant: got true; must be one of "folder", "gateway", "none" \(BroadcasterRoleGrant\)/,
      );
    });

    test("fails when registryRemovalPolicy is not a RemovalPolicy", () => {
      expectInvalid(
        { registryRemovalPolicy: "retain" as RemovalPolicy },
        /registryRemovalPolicy: got "retain"; must be one of "prevent-destroy", "destroy" \(RemovalPolicy\)/,
      );
    });

    test("fails when registryRemovalPolicy is given with a registry, which has its own removalPolicy", () => {
      const stack = newStack();
      expect(
        () =>
          new CrWebsocketTrigger(stack, "Events", {
            registry: new Registry(stack, "Images", { removalPolicy: RemovalPolicy.DESTROY }),
            registryRemovalPolicy: RemovalPolicy.PREVENT_DESTROY,
          }),
      ).toThrow(/registryRemovalPolicy: got "prevent-destroy"; applies only to the registry this trigger creates; set removalPolicy on the Registry/);
    });

    test.each(["ws", "", "/a b", "//ws"])("fails when websocketPath is %p", (websocketPath) => {
      expectInvalid({ websocketPath }, /websocketPath: got .*; must start with "\/"/);
    });

    test("fails when a shared gateway's own spec does not serve websocketPath", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway", { spec: "openapi: 3.0.0\npaths:\n  /ws:\n    x-yc-apigateway-websocket-message: {}\n" });
      expect(() => new CrWebsocketTrigger(stack, "Events", { gateway, websocketPath: "/other" })).toThrow(
        /websocketPath: got "\/other"; the gateway's spec must declare this path/,
      );
    });

    test.each(["a", "a.b", "a__b", "a---b", "back_end/api-v2", "x/y/z9"])("accepts imageName %p", (imageName) => {
      expect(synthWith({ imageName })).toHaveResource(ServerlessTriggers);
    });

    test.each(["Backend", "back end", "a//b", "-a", "a-", "a..b", "a___b", "a/", "/a", "a_-b", "a.", "_a"])(
      "fails when imageName is %p",
      (imageName) => {
        expectInvalid({ imageName }, /imageName: got .*; must be a Docker repository name/);
      },
    );

    test("accepts a 255-character imageName and refuses 256", () => {
      expect(synthWith({ imageName: "a".repeat(255) })).toHaveResource(ServerlessTriggers);
      expectInvalid({ imageName: "a".repeat(256) }, /imageName: got .*\(256 characters\); must be a Docker repository name/);
    });

    test.each(["_x", "A.b-c_D", "a".repeat(128), "1"])("accepts tag %p", (tag) => {
      expect(synthWith({ tag })).toHaveResource(ServerlessTriggers);
    });

    test.each([".v1", "-v1", "a".repeat(129), "v 1", "", "v1!"])("fails when tag is %p", (tag) => {
      expectInvalid({ tag }, /tag: got .*; must be a Docker tag/);
    });

    test("fails when folderId is empty or over 50 bytes", () => {
      expectInvalid({ folderId: "" }, /folderId: got ""; must be a non-empty id of at most 50 bytes/);
      expectInvalid({ folderId: "x".repeat(51) }, /folderId: got "x{51}"; is 51 bytes \(51 characters\); at most 50 bytes/);
    });

    test.each([
      ["Registry.fromRegistryId", (scope: Construct, id: string) => Registry.fromRegistryId(scope, "Imported", id), "registryId"],
      [
        "ServiceAccount.fromServiceAccountId",
        (scope: Construct, id: string) => ServiceAccount.fromServiceAccountId(scope, "Imported", id),
        "serviceAccountId",
      ],
      ["WebsocketGateway.fromGatewayId", (scope: Construct, id: string) => WebsocketGateway.fromGatewayId(scope, "Imported", id), "gatewayId"],
    ] as const)("fails when %s is given an empty or too long id, naming the argument", (_, importer, argument) => {
      expect(() => importer(newStack(), "")).toThrow(new RegExp(`${argument}: got ""; must be a non-empty id of at most 50 bytes`));
      expect(() => importer(newStack(), "x".repeat(51))).toThrow(
        new RegExp(`${argument}: got "x{51}"; is 51 bytes \\(51 characters\\); at most 50 bytes`),
      );
    });

    test("fails when jqFilter is over 1024 bytes", () => {
      expectInvalid({ jqFilter: ".".repeat(1025) }, /jqFilter: got .*\(1025 characters\); is 1025 bytes \(1025 characters\); at most 1024 bytes/);
    });

    test("fails when a jqFilter's Cyrillic string literal takes it over 1024 bytes, though it has fewer than 1024 characters", () => {
      const jqFilter = `.details.tag == "${"я".repeat(510)}"`;
      expect(jqFilter.length).toBe(528);
      expectInvalid({ jqFilter }, /jqFilter: got .*; is 1038 bytes \(528 characters\); at most 1024 bytes/);
    });

    test("accepts a jqFilter at exactly 1024 bytes of Cyrillic, and refuses one character more", () => {
      const at = `"${"я".repeat(511)}"`;
      expect(synthWith({ jqFilter: at })).toHaveResourceWithProperties(ServerlessTriggers, {
        action: [expect.objectContaining({ filter: { jq: at } })],
      });
      expectInvalid({ jqFilter: `"${"я".repeat(512)}"` }, /jqFilter: got .*; is 1026 bytes \(514 characters\); at most 1024 bytes/);
    });

    test("fails when jqTransformer is empty or over 65536 bytes", () => {
      expectInvalid({ jqTransformer: "" }, /jqTransformer: got ""; is 0 bytes \(0 characters\); must be 1-65536 bytes/);
      expectInvalid(
        { jqTransformer: ".".repeat(65537) },
        /jqTransformer: got .*\(65537 characters\); is 65537 bytes \(65537 characters\); at most 65536 bytes/,
      );
    });

    test("fails when jqFilter or jqTransformer does not compile with jq, quoting jq's message", () => {
      expectInvalid({ jqFilter: ".details.tag ==" }, /jqFilter: got "\.details\.tag =="; jq cannot compile it: syntax error/);
      expectInvalid({ jqTransformer: "{tag: .details.tag" }, /jqTransformer: got "\{tag: \.details\.tag"; jq cannot compile it: syntax error/);
    });

    test("after a jqTransformer that traps jq, a later trigger's jqFilter is still compiled, and the app synthesizes", () => {
      const stack = newStack();
      const registry = Registry.fromRegistryId(stack, "Images", "crp0r");
      // 65,535 characters of nesting trap jq-web's parser: such a transformer is left unchecked
      const trapping = "(".repeat(32_767) + "." + ")".repeat(32_767);
      new CrWebsocketTrigger(stack, "Trapped", { registry, name: "trapped", jqTransformer: trapping });
      expect(() => new CrWebsocketTrigger(stack, "Broken", { registry, name: "broken", jqFilter: ".tag ==" })).toThrow(
        /jqFilter: got "\.tag =="; jq cannot compile it: syntax error/,
      );
      new CrWebsocketTrigger(stack, "Filtered", { registry, name: "filtered", jqFilter: '.details.tag == "v1"' });
      expect(Object.keys(resourcesOfType(synth(stack), ServerlessTriggers))).toHaveLength(2);
    });

    test("a description over 256 characters is shortened for the created gateway, and kept whole on the trigger", () => {
      const description = "d".repeat(300);
      const synthesized = synthWith({ description });
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { description });
      expect((only(synthesized, ApiGateway).description as string).length).toBeLessThanOrEqual(256);
    });

    test("fails when jqFilter is empty", () => {
      expectInvalid({ jqFilter: "" }, /jqFilter: got ""; is 0 bytes \(0 characters\); must be 1-1024 bytes/);
    });

    test("accepts the longest description, jqFilter and jqTransformer, and 64 labels", () => {
      const labels = Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`k${i}`, "v"]));
      expect(
        synthWith({ description: "d".repeat(500), jqFilter: `"${"a".repeat(1022)}"`, jqTransformer: `"${"a".repeat(65534)}"`, labels }),
      ).toHaveResourceWithProperties(ServerlessTriggers, { labels });
    });

    test("fails when trigger-only label characters are used while an account or a registry is created", () => {
      const stack = newStack();
      const registry = Registry.fromRegistryId(stack, "Images", "crp0r");
      const serviceAccount = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      expect(() => new CrWebsocketTrigger(stack, "A", { registry, labels: { "app.io/name": "x" } })).toThrow(/labels: .*key "app.io\/name"/);
      expect(() => new CrWebsocketTrigger(stack, "B", { serviceAccount, labels: { "app.io/name": "x" } })).toThrow(/labels: .*key "app.io\/name"/);
    });

    test("does not check a shared gateway's spec against a websocketPath that is itself wrong", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway", { spec: "openapi: 3.0.0\npaths:\n  /ws:\n    x-yc-apigateway-websocket-message: {}\n" });
      expect(() => new CrWebsocketTrigger(stack, "Events", { gateway, websocketPath: "ws" })).toThrow(/\(1 problem\):\n {2}- websocketPath: /);
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
        () => new CrWebsocketTrigger(stack, "Events", { name: other.resource.name, registry: other.registry, imageName: other.resource.name }),
      ).not.toThrow();
      const name = other.resource.name;
      expect(
        () =>
          new CrWebsocketTrigger(stack, "Tokens", {
            registry: other.registry,
            websocketPath: other.resource.name,
            labels: { [name]: name },
            events: other.resource.source.containerRegistry.eventType as ContainerRegistryEvent[],
          }),
      ).not.toThrow();
      expect(() => new CrWebsocketTrigger(stack, "TokenLabels", { registry: other.registry, labels: other.resource.labels })).not.toThrow();
    });

    test("a failed construct leaves the rest of the stack synthesizable", () => {
      const stack: TerraformStack = newStack();
      expect(() => new CrWebsocketTrigger(stack, "Bad", { batchSize: 0 })).toThrow();
      new CrWebsocketTrigger(stack, "Good");
      expect(synth(stack)).toHaveResource(ServerlessTriggers);
    });
  });
});

describe("stack-level safety", () => {
  /** Synth fails with one PropValidationError whose message matches, not cdktf's block of validation lines. */
  function expectScopeError(stack: TerraformStack, message: RegExp): void {
    let thrown: unknown;
    try {
      synth(stack);
    } catch (e) {
      thrown = e;
    }
    expect(PropValidationError.isPropValidationError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).not.toMatch(/Validation failed|skipValidation/);
  }

  test("fails at synth when two triggers share a name in one folder, naming both paths", () => {
    const stack = newStack();
    const serviceAccount = new ServiceAccount(stack, "Broadcaster");
    const gateway = new WebsocketGateway(stack, "Gateway");
    triggerByIds(stack, "A", { name: "events", registryId: "crp0r", serviceAccount, gateway, websocketPath: "/a" });
    triggerByIds(stack, "B", { name: "events", registryId: "crp0r", serviceAccount, gateway, websocketPath: "/b" });
    expectScopeError(
      stack,
      /^Invalid CrWebsocketTrigger props at "test\/A" \(1 problem\):\n {2}- name: got "events"; trigger name "events" in the provider's folder: test\/A and test\/B both create one; trigger names are unique per folder \(cloudapi [^)]+\)\); give one of them another `name`/,
    );
  });

  test("allows the same name in different folders", () => {
    const stack = newStack();
    const serviceAccount = new ServiceAccount(stack, "Broadcaster");
    new CrWebsocketTrigger(stack, "A", { name: "events", folderId: "b1gdev", serviceAccount });
    new CrWebsocketTrigger(stack, "B", { name: "events", folderId: "b1gprod", serviceAccount });
    expect(() => synth(stack)).not.toThrow();
  });

  test("fails at synth when two registries are created in one folder, naming both and what to do", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "A", { name: "first" });
    new CrWebsocketTrigger(stack, "B", { name: "second" });
    expectScopeError(
      stack,
      /^Invalid Registry props at "test\/A\/Registry" \(1 problem\):\n {2}- folderId: got undefined; a second container registry in the provider's folder: test\/A\/Registry and test\/B\/Registry both create one; Yandex allows one container registry per folder \(cloudapi containerregistry[^]*\(`registry: first.registry`/,
    );
  });

  test("fails at synth when one service account name is created in two folders (names are unique per cloud)", () => {
    const stack = newStack();
    new ServiceAccount(stack, "Dev", { name: "broadcaster", folderId: "b1gdev" });
    new ServiceAccount(stack, "Prod", { name: "broadcaster", folderId: "b1gprod" });
    expectScopeError(
      stack,
      /^Invalid ServiceAccount props at "test\/Dev" \(1 problem\):\n {2}- name: got "broadcaster"; service account name "broadcaster" in the app's cloud: test\/Dev and test\/Prod both create one/,
    );
  });

  test("fails at synth when two created gateways share a name", () => {
    const stack = newStack();
    new WebsocketGateway(stack, "G1", { name: "shared-gw" });
    new CrWebsocketTrigger(stack, "shared", { name: "shared" });
    expectScopeError(
      stack,
      /- name: got "shared-gw"; API gateway name "shared-gw" in the provider's folder: test\/G1 and test\/shared\/Gateway both create one/,
    );
  });
});
