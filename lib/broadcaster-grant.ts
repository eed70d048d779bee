import { TerraformResource } from "cdktf";
import { IServiceAccount } from "./service-account";

/** Where `api-gateway.websocketBroadcaster` is granted; values are what the README and errors show. */
export enum BroadcasterGrantScope {
  /** On the gateway's folder: the account may broadcast to every gateway in that folder. */
  FOLDER = "folder",
  /** On the gateway itself (`yandex_api_gateway_iam_member`): the account may broadcast to this gateway only. */
  GATEWAY = "gateway",
}

/** Options of `grantBroadcast`. */
export interface GrantBroadcastOptions {
  /**
   * Where the role is granted: the gateway's folder, or the gateway alone.
   * @default BroadcasterGrantScope.FOLDER
   */
  readonly scope?: BroadcasterGrantScope;
}

/** A grant of `api-gateway.websocketBroadcaster` to one service account on one folder or gateway. */
export interface BroadcasterGrant {
  /**
   * The IAM member resource: a `yandex_resourcemanager_folder_iam_member` (folder scope) or a
   * `yandex_api_gateway_iam_member` (gateway scope). Put it in `dependsOn` of anything that
   * broadcasts as the account, so it starts only once the role is in place.
   */
  readonly resource: TerraformResource;
  /** Where the role is granted. */
  readonly scope: BroadcasterGrantScope;
  /** The account the role is granted to. */
  readonly grantee: IServiceAccount;
}
