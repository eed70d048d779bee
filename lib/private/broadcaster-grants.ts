import { createHash } from "crypto";
import { DefaultTokenResolver, StringConcat, TerraformResource, TerraformStack, Tokenization, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ApiGatewayIamMember } from "../../.gen/providers/yandex/api-gateway-iam-member";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { BroadcasterGrant, BroadcasterGrantScope } from "../broadcaster-grant";
import { IServiceAccount, ServiceAccount } from "../service-account";
import { WEBSOCKET_BROADCASTER_ROLE } from "../validate/provider-rules";
import { PropProblems } from "./prop-problems";

/** Seconds a grant waits after creation so that nothing broadcasting as the account starts before IAM has propagated. */
export const IAM_PROPAGATION_SECONDS = 30;

/** Construct id of the per-stack construct that keeps a stack's broadcaster grants. */
export const STACK_GRANTS_ID = "BroadcasterGrants";

/** Child id prefix of a grant, per scope. */
const GRANT_IDS: Record<BroadcasterGrantScope, string> = {
  [BroadcasterGrantScope.FOLDER]: "BroadcasterGrant",
  [BroadcasterGrantScope.GATEWAY]: "GatewayBroadcasterGrant",
};

/** What a grant targets: a gateway's ids, and for the folder scope, a key equal for every reference to its folder. */
export interface GrantTarget {
  readonly gateway: IConstruct & { readonly gatewayId: string; readonly folderId: string };
  /** A key equal for every gateway in the same folder of a stack; asked for once per gateway, only for a folder grant. */
  readonly folderKey: () => string;
}

/** One request for the broadcaster role. */
export interface GrantRequest extends GrantTarget {
  readonly grantee: IServiceAccount;
  readonly scope?: BroadcasterGrantScope;
  /**
   * The construct that created the account and keeps its grant as a fixed child id (`BroadcasterGrant`):
   * the trigger for the account it creates, so the grant keeps the address it has always had.
   */
  readonly holder?: Construct;
  /** The stack the grant is made in. @default - the grantee's stack */
  readonly stack?: TerraformStack;
  /** Path of the construct asking, for errors. */
  readonly askedBy: string;
}

/**
 * The broadcaster grants of one stack, as a construct at the stack's root (`BroadcasterGrants`):
 * Yandex IAM members are non-authoritative, so two copies of one (target, account) pair would
 * revoke each other's role when either is destroyed; this keeps one per pair. Grants for an
 * account created in the stack live with the account (under it, or under the trigger that created
 * it); grants for any other account live here, with an id derived from what is granted, so they
 * do not depend on which trigger asked first.
 */
export class StackBroadcasterGrants extends Construct {
  /** The grants construct of `stack`, created on first use. */
  public static of(stack: TerraformStack): StackBroadcasterGrants {
    return (stack.node.tryFindChild(STACK_GRANTS_ID) as StackBroadcasterGrants | undefined) ?? new StackBroadcasterGrants(stack, STACK_GRANTS_ID);
  }

  /** Grants of accounts created in the stack, by target key and account object: no token resolution needed. */
  private readonly byAccount = new Map<string, Map<IServiceAccount, BroadcasterGrant>>();
  /** Grants by target key and the resolved account id: how accounts passed by id are matched. */
  private readonly byIdentity = new Map<string, BroadcasterGrant>();
  /** Grants of created accounts not yet in `byIdentity`: resolved only once an account passed by id could match them. */
  private readonly unresolved: Array<{ readonly targetKey: string; readonly grant: BroadcasterGrant }> = [];
  /** Target keys per gateway and scope, computed once per gateway. */
  private readonly targetKeys = new Map<IConstruct, Partial<Record<BroadcasterGrantScope, string>>>();
  /** Every grant of the stack, in the order they were made. */
  private readonly all: BroadcasterGrant[] = [];
  private readonly stack: TerraformStack;

  private constructor(stack: TerraformStack, id: string) {
    super(stack, id);
    this.stack = stack;
  }

  /** The grant for `request`: the one made before for the same target and account, or a new one. */
  public grant(request: GrantRequest): BroadcasterGrant {
    const scope = request.scope ?? BroadcasterGrantScope.FOLDER;
    const targetKey = this.targetKey(request, scope);
    const created = request.grantee instanceof ServiceAccount && TerraformStack.of(request.grantee) === this.stack;
    const byAccount = this.byAccount.get(targetKey) ?? new Map<IServiceAccount, BroadcasterGrant>();
    this.byAccount.set(targetKey, byAccount);

    if (created) {
      const same = byAccount.get(request.grantee);
      if (same !== undefined) return same;
      // An account passed by id may already stand for this one; look only when one was granted here.
      if (this.byIdentity.size > 0) {
        const match = this.byIdentity.get(this.identityKey(targetKey, request.grantee));
        if (match !== undefined) return match;
      }
      const holder = request.holder ?? (request.grantee as ServiceAccount);
      const id = request.holder ? GRANT_IDS[scope] : `${GRANT_IDS[scope]}${shortHash(targetKey)}`;
      const grant = this.newGrant(holder, id, request, scope);
      byAccount.set(request.grantee, grant);
      this.unresolved.push({ targetKey, grant });
      return grant;
    }

    for (const u of this.unresolved.splice(0)) this.byIdentity.set(this.identityKey(u.targetKey, u.grant.grantee), u.grant);
    const key = this.identityKey(targetKey, request.grantee);
    const existing = this.byIdentity.get(key);
    if (existing !== undefined) return existing;
    const grant = this.newGrant(this, `${GRANT_IDS[scope]}${shortHash(key)}`, request, scope);
    this.byIdentity.set(key, grant);
    return grant;
  }

  private newGrant(holder: Construct, id: string, request: GrantRequest, scope: BroadcasterGrantScope): BroadcasterGrant {
    const props = {
      role: WEBSOCKET_BROADCASTER_ROLE,
      member: `serviceAccount:${request.grantee.serviceAccountId}`,
      sleepAfter: IAM_PROPAGATION_SECONDS,
    };
    const resource: TerraformResource =
      scope === BroadcasterGrantScope.GATEWAY
        ? new ApiGatewayIamMember(holder, id, { apiGatewayId: request.gateway.gatewayId, ...props })
        : new ResourcemanagerFolderIamMember(holder, id, { folderId: request.gateway.folderId, ...props });
    const grant = BroadcasterGrant._of(resource, scope, request.grantee);
    this.all.push(grant);
    return grant;
  }

  /** True when the stack grants the role to `account` on some folder or gateway, whichever way the account was referenced. */
  public hasGrantFor(account: IServiceAccount): boolean {
    const identity = identityOf(this, account.serviceAccountId);
    return this.all.some((g) => g.grantee === account || identityOf(this, g.grantee.serviceAccountId) === identity);
  }

  private identityKey(targetKey: string, account: IServiceAccount): string {
    return `${targetKey}\n${identityOf(this, account.serviceAccountId)}`;
  }

  private targetKey({ gateway, folderKey }: GrantTarget, scope: BroadcasterGrantScope): string {
    const known = this.targetKeys.get(gateway) ?? {};
    this.targetKeys.set(gateway, known);
    known[scope] ??= scope === BroadcasterGrantScope.GATEWAY ? `gateway:${identityOf(this, gateway.gatewayId)}` : folderKey();
    return known[scope];
  }
}

/** Checks a grant request's arguments, then returns its grant from the stack's {@link StackBroadcasterGrants}. */
export function grantBroadcast(request: GrantRequest): BroadcasterGrant {
  const problems = new PropProblems();
  problems.checkEnum("options.scope", request.scope, BroadcasterGrantScope, "BroadcasterGrantScope");
  if (request.grantee === undefined || request.grantee === null || typeof request.grantee.serviceAccountId !== "string") {
    problems.add("grantee", request.grantee, "must be a service account: a ServiceAccount, or ServiceAccount.fromServiceAccountId(...)");
  }
  problems.throwIfAny("grantBroadcast()", request.askedBy, "arguments");
  return StackBroadcasterGrants.of(request.stack ?? TerraformStack.of(request.grantee)).grant(request);
}

/**
 * A string equal for equal values: tokens are resolved to the Terraform expression they stand
 * for (without preparing, so a cross-stack reference yields its origin and creates nothing).
 */
export function identityOf(scope: IConstruct, value: string): string {
  if (!Token.isUnresolved(value)) return value;
  return String(Tokenization.resolve(value, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }));
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8).toUpperCase();
}
