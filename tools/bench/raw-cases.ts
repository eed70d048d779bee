import { createHash } from "crypto";
import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
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

/** Where a raw resource goes, from the path the construct app gives it and the id a hand-written app would: a scope and an id. */
type Place = (stack: TerraformStack, path: readonly string[], flatId: string) => [Construct, string];

/** A hand-written app: every resource at the top of the stack. */
const flat: Place = (stack, _path, flatId) => [stack, flatId];

/** Every resource at the path (so the address) the construct app gives it, under plain constructs. */
const atConstructAddresses: Place = (stack, path) => {
  let scope: Construct = stack;
  for (const id of path.slice(0, -1)) scope = (scope.node.tryFindChild(id) as Construct | undefined) ?? new Construct(scope, id);
  return [scope, path[path.length - 1]];
};

/** The same resources as constructTriggers declares, in the same folders, with the generated bindings alone, at the top of the stack. */
export function rawTriggers(stack: TerraformStack, shape: BenchShape, n: number): void {
  declareRaw(stack, shape, n, flat);
}

/** The same, at the construct app's addresses: what the constructs cost beyond the deeper tree their addresses make. */
export function rawTriggersAtConstructAddresses(stack: TerraformStack, shape: BenchShape, n: number): void {
  declareRaw(stack, shape, n, atConstructAddresses);
}

function declareRaw(stack: TerraformStack, shape: BenchShape, n: number, place: Place): void {
  const at = (path: readonly string[], flatId: string) => place(stack, path, flatId);
  const shared =
    shape === BenchShape.PER_FOLDER
      ? undefined
      : new ContainerRegistry(...at(["Registry", "Default"], "Registry"), { name: "bench-registry", lifecycle: { preventDestroy: true } });
  if (shape === BenchShape.SHARED_GATEWAY) {
    const account = new IamServiceAccount(...at(["Account", "Default"], "Account"), { name: "bench-sa" });
    const paths = Array.from({ length: n }, (_, i) => `/ws${i}`);
    const gateway = new ApiGateway(...at(["Gateway", "Resource"], "Gateway"), { name: "bench-gw", spec: rawSpec("bench-gw", paths) });
    // each attribute read makes a token: the twin reads each id once, as the constructs do
    const [registryId, gatewayId, accountId] = [shared!.id, gateway.id, account.id];
    // the id the library gives a grant it keeps under the account: a hash of its target, the stack's provider folder
    const grantId = `BroadcasterGrant${createHash("sha256").update(`provider-folder:${stack.node.path}`).digest("hex").slice(0, 8).toUpperCase()}`;
    const grant = new ResourcemanagerFolderIamMember(...at(["Account", grantId], "Grant"), {
      folderId: gateway.folderId,
      role: ROLE,
      member: `serviceAccount:${accountId}`,
      sleepAfter: 30,
    });
    for (let i = 0; i < n; i++) rawTrigger(at([`T${i}`, "Resource"], `Trigger${i}`), i, undefined, registryId, gatewayId, paths[i], accountId, grant);
    return;
  }
  const sharedId = shared?.id;
  for (let i = 0; i < n; i++) {
    const name = `trigger-${i}`;
    const folderId = shape === BenchShape.PER_FOLDER ? `b1gfolder${i}` : undefined;
    const registryId =
      sharedId ??
      new ContainerRegistry(...at([`T${i}`, "Registry", "Default"], `Registry${i}`), { name, folderId, lifecycle: { preventDestroy: true } }).id;
    const account = new IamServiceAccount(...at([`T${i}`, "ServiceAccount", "Default"], `Account${i}`), {
      name: `${name}-sa`,
      description: ACCOUNT_DESCRIPTION,
      folderId,
    });
    const gateway = new ApiGateway(...at([`T${i}`, "Gateway", "Resource"], `Gateway${i}`), {
      name: `${name}-gw`,
      folderId,
      spec: rawSpec(`${name}-gw`, ["/ws"]),
    });
    const accountId = account.id;
    const grant = new ResourcemanagerFolderIamMember(...at([`T${i}`, "BroadcasterGrant"], `Grant${i}`), {
      folderId: folderId ?? gateway.folderId,
      role: ROLE,
      member: `serviceAccount:${accountId}`,
      sleepAfter: 30,
    });
    rawTrigger(at([`T${i}`, "Resource"], `Trigger${i}`), i, folderId, registryId, gateway.id, "/ws", accountId, grant);
  }
}

function rawTrigger(
  [scope, id]: [Construct, string],
  i: number,
  folderId: string | undefined,
  registryId: string,
  gatewayId: string,
  path: string,
  serviceAccountId: string,
  grant: ResourcemanagerFolderIamMember,
): void {
  new ServerlessTriggers(scope, id, {
    name: `trigger-${i}`,
    folderId,
    source: { containerRegistry: { registryId, eventType: EVENTS, batchSettings: { maxCount: 10, cutoff: "5s" } } },
    action: [{ gatewayWebsocketBroadcast: { gatewayId, path, serviceAccountId } }],
    dependsOn: [grant],
  });
}
