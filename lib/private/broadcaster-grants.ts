import { createHash } from "crypto";
import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ApiGatewayIamMember } from "../../.gen/providers/yandex/api-gateway-iam-member";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { BroadcasterGrant, BroadcasterGrantScope, IAM_PROPAGATION_SECONDS } from "../broadcaster-grant";
import { PropProblems } from "../validate/problems";
import { WEBSOCKET_BROADCASTER_ROLE } from "../validate/provider-rules";
import { idProblem } from "../validate/rules";

/** What a gateway knows about the thing a grant is made on. */
export interface GrantTarget {
  /** The folder id (FOLDER) or the gateway id (GATEWAY) that goes into the grant. */
  readonly id: string;
  /** Identity of that folder or gateway, equal for every reference to the same one in a stack. */
  readonly key: string;
}

/** The arguments of `grantBroadcast`, plus the gateway's answer for the chosen scope. */
export interface GrantRequest {
  readonly gateway: IConstruct;
  readonly serviceAccountId: string;
  readonly scope: BroadcasterGrantScope;
  readonly owner?: Construct;
  readonly target: (scope: BroadcasterGrantScope) => GrantTarget;
}

// One map per stack: Yandex IAM members are non-authoritative, so two copies of one
// (target, member) pair would revoke each other's role when either is destroyed.
const grantsByStack = new WeakMap<TerraformStack, Map<string, BroadcasterGrant>>();

/** Fixed child ids for a grant created under an owner that is not a stack. */
const OWNED_GRANT_IDS: Record<BroadcasterGrantScope, string> = {
  [BroadcasterGrantScope.FOLDER]: "BroadcasterGrant",
  [BroadcasterGrantScope.GATEWAY]: "GatewayBroadcasterGrant",
};

/**
 * The grant of the broadcaster role to one service account on one folder or gateway, created
 * once per stack: a repeated request returns the grant made first.
 */
export function grantBroadcast(request: GrantRequest): BroadcasterGrant {
  const problems = new PropProblems();
  const scopes = Object.values(BroadcasterGrantScope);
  if (!scopes.includes(request.scope)) {
    problems.add("scope", request.scope, `must be one of ${scopes.map((s) => JSON.stringify(s)).join(", ")} (BroadcasterGrantScope)`);
  }
  problems.checkString("serviceAccountId", request.serviceAccountId, idProblem);
  problems.throwIfAny("grantBroadcast", request.gateway.node.path);

  const holder: Construct = request.owner ?? TerraformStack.of(request.gateway);
  const stack = TerraformStack.of(holder);
  const member = `serviceAccount:${request.serviceAccountId}`;
  const target = request.target(request.scope);
  const key = `${request.scope}\n${target.key}\n${identityOf(stack, member)}`;
  let grants = grantsByStack.get(stack);
  if (grants === undefined) {
    grants = new Map();
    grantsByStack.set(stack, grants);
  }
  const existing = grants.get(key);
  if (existing !== undefined) return existing;

  // Under the stack the id follows from what is granted, so it does not depend on who asked
  // first; under an owner (the construct that created the account) it lives and dies with it.
  const id = holder === stack ? `${OWNED_GRANT_IDS[request.scope]}${shortHash(key)}` : OWNED_GRANT_IDS[request.scope];
  const grant =
    request.scope === BroadcasterGrantScope.GATEWAY
      ? new ApiGatewayIamMember(holder, id, {
          apiGatewayId: target.id,
          role: WEBSOCKET_BROADCASTER_ROLE,
          member,
          sleepAfter: IAM_PROPAGATION_SECONDS,
        })
      : new ResourcemanagerFolderIamMember(holder, id, {
          folderId: target.id,
          role: WEBSOCKET_BROADCASTER_ROLE,
          member,
          sleepAfter: IAM_PROPAGATION_SECONDS,
        });
  grants.set(key, grant);
  return grant;
}

/**
 * A string equal for equal values: tokens are resolved to the Terraform expression they stand
 * for (without preparing, so a cross-stack reference yields its origin and creates nothing).
 */
export function identityOf(scope: IConstruct, value: string): string {
  return String(Tokenization.resolve(value, { scope, preparing: false, resolver: new DefaultTokenResolver(new StringConcat()) }));
}

function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8).toUpperCase();
}
