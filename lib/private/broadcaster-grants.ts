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

/** The grants of one stack. */
interface StackGrants {
  /** Grants by (scope, target, resolved member): the deduplication key. */
  readonly byKey: Map<string, BroadcasterGrant>;
  /** The (scope, target) pairs that have a grant held by the stack itself, not by an owner. */
  readonly stackHeldTargets: Set<string>;
  /** Owned grants whose member is not resolved yet: it is resolved only when another request could match it. */
  readonly unresolved: Array<{ readonly target: string; readonly member: string; readonly grant: BroadcasterGrant }>;
}

// One record per stack: Yandex IAM members are non-authoritative, so two copies of one
// (target, member) pair would revoke each other's role when either is destroyed.
const grantsByStack = new WeakMap<TerraformStack, StackGrants>();

/** What each grant was made for: its (scope, target) and its member, as requested. */
const requestOf = new WeakMap<BroadcasterGrant, { readonly targetKey: string; readonly member: string }>();

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
  const targetKey = `${request.scope}\n${target.key}`;
  let grants = grantsByStack.get(stack);
  if (grants === undefined) {
    grants = { byKey: new Map(), stackHeldTargets: new Set(), unresolved: [] };
    grantsByStack.set(stack, grants);
  }
  const owned = holder !== stack;
  if (owned) {
    const asked = holder.node.tryFindChild(OWNED_GRANT_IDS[request.scope]) as BroadcasterGrant | undefined;
    const was = asked === undefined ? undefined : requestOf.get(asked);
    // the owner asking again for the same grant gets it; anything else falls through to a clash of ids
    if (was !== undefined && was.targetKey === targetKey && (was.member === member || identityOf(stack, was.member) === identityOf(stack, member))) {
      return asked!;
    }
  }
  // Resolving a member costs a token resolution. An owner is the construct that created the
  // account and asks once, so its grant can only repeat a grant the stack holds on the same
  // target; without one, resolving waits until a request from elsewhere could match.
  if (owned && !grants.stackHeldTargets.has(targetKey)) {
    const grant = newGrant(holder, OWNED_GRANT_IDS[request.scope], request.scope, target.id, member, targetKey);
    grants.unresolved.push({ target: targetKey, member, grant });
    return grant;
  }
  for (const u of grants.unresolved.splice(0)) grants.byKey.set(`${u.target}\n${identityOf(stack, u.member)}`, u.grant);
  const key = `${targetKey}\n${identityOf(stack, member)}`;
  const existing = grants.byKey.get(key);
  if (existing !== undefined) return existing;

  // Under the stack the id follows from what is granted, so it does not depend on who asked
  // first; under an owner it lives and dies with it.
  const grant = newGrant(
    holder,
    owned ? OWNED_GRANT_IDS[request.scope] : `${OWNED_GRANT_IDS[request.scope]}${shortHash(key)}`,
    request.scope,
    target.id,
    member,
    targetKey,
  );
  grants.byKey.set(key, grant);
  if (!owned) grants.stackHeldTargets.add(targetKey);
  return grant;
}

function newGrant(
  holder: Construct,
  id: string,
  scope: BroadcasterGrantScope,
  targetId: string,
  member: string,
  targetKey: string,
): BroadcasterGrant {
  const props = { role: WEBSOCKET_BROADCASTER_ROLE, member, sleepAfter: IAM_PROPAGATION_SECONDS };
  const grant =
    scope === BroadcasterGrantScope.GATEWAY
      ? new ApiGatewayIamMember(holder, id, { apiGatewayId: targetId, ...props })
      : new ResourcemanagerFolderIamMember(holder, id, { folderId: targetId, ...props });
  requestOf.set(grant, { targetKey, member });
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
