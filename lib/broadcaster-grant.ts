import { ApiGatewayIamMember } from "../.gen/providers/yandex/api-gateway-iam-member";
import { ResourcemanagerFolderIamMember } from "../.gen/providers/yandex/resourcemanager-folder-iam-member";

/** Where `api-gateway.websocketBroadcaster` is granted; values are what the README and errors show. */
export enum BroadcasterGrantScope {
  /** On the gateway's folder: the account may broadcast to every gateway in that folder. */
  FOLDER = "folder",
  /** On the gateway itself (`yandex_api_gateway_iam_member`): the account may broadcast to this gateway only. */
  GATEWAY = "gateway",
}

/** The resource that grants the broadcaster role: a folder member or a gateway member, by {@link BroadcasterGrantScope}. */
export type BroadcasterGrant = ResourcemanagerFolderIamMember | ApiGatewayIamMember;

/** Seconds the grant waits after creation so the trigger does not start before IAM has propagated. */
export const IAM_PROPAGATION_SECONDS = 30;
