import { ITerraformDependable, TerraformResource } from "cdktf";
import { IServiceAccount } from "./service-account";

/** Where `gateway.grantBroadcast` grants `api-gateway.websocketBroadcaster`; values are what the README and errors show. */
export enum BroadcasterGrantScope {
  /** On the gateway's folder: the account may broadcast to every gateway in that folder. */
  FOLDER = "folder",
  /** On the gateway itself (`yandex_api_gateway_iam_member`): the account may broadcast to this gateway only. */
  GATEWAY = "gateway",
}

/**
 * Whether, and where, a trigger grants `api-gateway.websocketBroadcaster` to the service account
 * it broadcasts as; values are what the README and errors show.
 */
export enum BroadcasterRoleGrant {
  /** Grant it on the gateway's folder (`yandex_resourcemanager_folder_iam_member`): the account may broadcast to every gateway there. */
  FOLDER = "folder",
  /** Grant it on the gateway only (`yandex_api_gateway_iam_member`). */
  GATEWAY = "gateway",
  /** Grant nothing: the account has the role already, or it is granted elsewhere. */
  NONE = "none",
}

/** Options of `grantBroadcast`. */
export interface GrantBroadcastOptions {
  /**
   * Where the role is granted: the gateway's folder, or the gateway alone.
   * @default BroadcasterGrantScope.FOLDER
   */
  readonly scope?: BroadcasterGrantScope;
}

/**
 * A grant of `api-gateway.websocketBroadcaster` to one service account on one folder or gateway.
 * It can stand in `dependsOn` of anything that broadcasts as the account, so that it starts only
 * once the role is in place.
 */
export class BroadcasterGrant implements ITerraformDependable {
  /** @internal Grants are made by `grantBroadcast`, which keeps one per target and account. */
  public static _of(resource: TerraformResource, scope: BroadcasterGrantScope, grantee: IServiceAccount): BroadcasterGrant {
    return new BroadcasterGrant(resource, scope, grantee);
  }

  /**
   * The IAM member resource: a `yandex_resourcemanager_folder_iam_member` (folder scope) or a
   * `yandex_api_gateway_iam_member` (gateway scope).
   */
  public readonly resource: TerraformResource;
  /** Where the role is granted. */
  public readonly scope: BroadcasterGrantScope;
  /** The account the role is granted to. */
  public readonly grantee: IServiceAccount;

  private constructor(resource: TerraformResource, scope: BroadcasterGrantScope, grantee: IServiceAccount) {
    this.resource = resource;
    this.scope = scope;
    this.grantee = grantee;
  }

  /** The IAM member's address, which `dependsOn` reads. */
  public get fqn(): string {
    return this.resource.fqn;
  }
}
