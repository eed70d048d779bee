import { TerraformStack } from "cdktf";
import { ApiGateway } from "../../.gen/providers/yandex/api-gateway";
import { ContainerRegistry } from "../../.gen/providers/yandex/container-registry";
import { IamServiceAccount } from "../../.gen/providers/yandex/iam-service-account";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../../.gen/providers/yandex/serverless-triggers";
import { BenchShape } from "./cases";

// written out rather than imported, so that a raw app loads the generated bindings and nothing of the library
const EVENTS = [
  "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
  "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
  "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
  "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
];
const ROLE = "api-gateway.websocketBroadcaster";
const ACCOUNT_DESCRIPTION = "Broadcasts Container Registry events to API gateway WebSocket connections.";

/** A spec whose every path accepts WebSocket connections, answered by a dummy integration: what a user writes by hand. */
function rawSpec(title: string, paths: readonly string[]): string {
  const message = { "x-yc-apigateway-websocket-message": { "x-yc-apigateway-integration": { type: "dummy", http_code: 200, content: { "*": "" } } } };
  const spec = { openapi: "3.0.0", info: { title, version: "1.0.0" }, paths: Object.fromEntries([...paths].sort().map((p) => [p, message])) };
  return JSON.stringify(spec, null, 2);
}

/** The same resources as constructTriggers declares, in the same folders, with the generated bindings alone. */
export function rawTriggers(stack: TerraformStack, shape: BenchShape, n: number): void {
  const shared =
    shape === BenchShape.PER_FOLDER
      ? undefined
      : new ContainerRegistry(stack, "Registry", { name: "bench-registry", lifecycle: { preventDestroy: true } });
  if (shape === BenchShape.SHARED_GATEWAY) {
    const account = new IamServiceAccount(stack, "Account", { name: "bench-sa" });
    const paths = Array.from({ length: n }, (_, i) => `/ws${i}`);
    const gateway = new ApiGateway(stack, "Gateway", { name: "bench-gw", spec: rawSpec("bench-gw", paths) });
    // each attribute read makes a token: the twin reads each id once, as the constructs do
    const [registryId, gatewayId, accountId] = [shared!.id, gateway.id, account.id];
    const grant = new ResourcemanagerFolderIamMember(stack, "Grant", {
      folderId: gateway.folderId,
      role: ROLE,
      member: `serviceAccount:${accountId}`,
      sleepAfter: 30,
    });
    for (let i = 0; i < n; i++) rawTrigger(stack, i, undefined, registryId, gatewayId, paths[i], accountId, grant);
    return;
  }
  const sharedId = shared?.id;
  for (let i = 0; i < n; i++) {
    const name = `trigger-${i}`;
    const folderId = shape === BenchShape.PER_FOLDER ? `b1gfolder${i}` : undefined;
    const registryId = sharedId ?? new ContainerRegistry(stack, `Registry${i}`, { name, folderId, lifecycle: { preventDestroy: true } }).id;
    const account = new IamServiceAccount(stack, `Account${i}`, { name: `${name}-sa`, description: ACCOUNT_DESCRIPTION, folderId });
    const gateway = new ApiGateway(stack, `Gateway${i}`, { name: `${name}-gw`, folderId, spec: rawSpec(`${name}-gw`, ["/ws"]) });
    const accountId = account.id;
    const grant = new ResourcemanagerFolderIamMember(stack, `Grant${i}`, {
      folderId: folderId ?? gateway.folderId,
      role: ROLE,
      member: `serviceAccount:${accountId}`,
      sleepAfter: 30,
    });
    rawTrigger(stack, i, folderId, registryId, gateway.id, "/ws", accountId, grant);
  }
}

function rawTrigger(
  stack: TerraformStack,
  i: number,
  folderId: string | undefined,
  registryId: string,
  gatewayId: string,
  path: string,
  serviceAccountId: string,
  grant: ResourcemanagerFolderIamMember,
): void {
  new ServerlessTriggers(stack, `Trigger${i}`, {
    name: `trigger-${i}`,
    folderId,
    source: { containerRegistry: { registryId, eventType: EVENTS, batchSettings: { maxCount: 10, cutoff: "5s" } } },
    action: [{ gatewayWebsocketBroadcast: { gatewayId, path, serviceAccountId } }],
    dependsOn: [grant],
  });
}
