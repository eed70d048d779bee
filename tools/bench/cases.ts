import { App, TerraformStack } from "cdktf";
import { ApiGateway } from "../../.gen/providers/yandex/api-gateway";
import { ContainerRegistry } from "../../.gen/providers/yandex/container-registry";
import { IamServiceAccount } from "../../.gen/providers/yandex/iam-service-account";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../../.gen/providers/yandex/serverless-triggers";
import { ContainerRegistryEvent, CrWebsocketTrigger } from "../../lib";

/** How a benchmark stack declares its triggers. */
export enum BenchKind {
  /** `n` CrWebsocketTrigger constructs. */
  CONSTRUCT = "construct",
  /** The same five resources per trigger written directly with the generated bindings. */
  RAW = "raw",
}

const EVENTS = Object.values(ContainerRegistryEvent);

/** Declares `n` triggers of the given kind in a new stack of `app`. */
export function benchStack(app: App, kind: BenchKind, n: number): TerraformStack {
  const stack = new TerraformStack(app, "bench");
  new YandexProvider(stack, "yandex", {});
  for (let i = 0; i < n; i++) {
    if (kind === BenchKind.CONSTRUCT) new CrWebsocketTrigger(stack, `T${i}`, { name: `trigger-${i}`, batchSize: 10, batchCutoffSeconds: 5 });
    else rawTrigger(stack, i);
  }
  return stack;
}

function rawTrigger(stack: TerraformStack, i: number): void {
  const name = `trigger-${i}`;
  const registry = new ContainerRegistry(stack, `Registry${i}`, { name, lifecycle: { preventDestroy: true } });
  const account = new IamServiceAccount(stack, `Account${i}`, { name: `${name}-sa` });
  const gateway = new ApiGateway(stack, `Gateway${i}`, {
    name: `${name}-gw`,
    spec: `openapi: 3.0.0
info:
  title: ${name}-gw
  version: 1.0.0
paths:
  /ws:
    x-yc-apigateway-websocket-message:
      x-yc-apigateway-integration:
        type: dummy
        http_code: 200
        content:
          "*": ""
`,
  });
  const grant = new ResourcemanagerFolderIamMember(stack, `Grant${i}`, {
    folderId: gateway.folderId,
    role: "api-gateway.websocketBroadcaster",
    member: `serviceAccount:${account.id}`,
    sleepAfter: 30,
  });
  new ServerlessTriggers(stack, `Trigger${i}`, {
    name,
    source: { containerRegistry: { registryId: registry.id, eventType: EVENTS, batchSettings: { maxCount: 10, cutoff: "5s" } } },
    action: [{ gatewayWebsocketBroadcast: { gatewayId: gateway.id, path: "/ws", serviceAccountId: account.id } }],
    dependsOn: [grant],
  });
}
