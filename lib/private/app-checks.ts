import { Annotations, Aspects, IAspect, TerraformProvider, TerraformResource, TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import {
  messageSizeWarning,
  Quota,
  quotaWarning,
  REGISTRY_QUOTA,
  REGISTRY_QUOTA_RULE,
  SERVICE_ACCOUNT_QUOTA,
  SERVICE_ACCOUNT_QUOTA_RULE,
  TRIGGER_MESSAGE_SIZE_RULE,
  TRIGGER_QUOTA,
  TRIGGER_QUOTA_RULE,
  transformerSizeNote,
} from "../validate/app-rules";

const QUOTA_RULES = [REGISTRY_QUOTA_RULE, TRIGGER_QUOTA_RULE, SERVICE_ACCOUNT_QUOTA_RULE];

/** One warning of the whole app, with the construct path it is about. */
export interface AppWarning {
  readonly stack: string;
  readonly constructPath: string;
  readonly message: string;
}

/** What a trigger construct knows of its broadcast, recorded at construction: the synth-time message-size check reads it. */
export interface BroadcastFacts {
  readonly batchSize: number;
  readonly transformed: boolean;
}

const broadcasts = new WeakMap<IConstruct, BroadcastFacts>();

/** Records the broadcast of a trigger resource for the message-size warning. */
export function recordBroadcast(resource: IConstruct, facts: BroadcastFacts): void {
  broadcasts.set(resource, facts);
}

const QUOTAS: readonly Quota[] = [REGISTRY_QUOTA, TRIGGER_QUOTA, SERVICE_ACCOUNT_QUOTA];

/** A warning with the construct it is on, so that a stack's visit annotates it without searching the tree. */
interface PlacedWarning {
  readonly warning: AppWarning;
  readonly construct: IConstruct;
}

/**
 * The warnings of the whole app, from its constructs as they stand (no stack is resolved, so this
 * costs a walk of the tree, not a second synth): each quota the app alone exceeds in one cloud
 * (providers without a `cloudId` share one), on the resource that goes over it; each broadcast
 * batch over the 128 KB WebSocket message limit; and once, the triggers whose size a jq
 * transformer makes unknown. The checker runs the same rules over the synthesized JSON.
 */
export function appWarnings(app: IConstruct): AppWarning[] {
  return placedWarnings(app).map((w) => w.warning);
}

function placedWarnings(app: IConstruct): PlacedWarning[] {
  const warnings: PlacedWarning[] = [];
  const counted = new Map<string, IConstruct[]>();
  const transformed: IConstruct[] = [];
  for (const stack of app.node.findAll().filter(TerraformStack.isStack)) {
    const children = stack.node.findAll();
    const provider = children.find((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === "yandex");
    const cloudId = (provider as { cloudId?: string } | undefined)?.cloudId;
    const cloud = cloudId === undefined || Token.isUnresolved(cloudId) ? "" : cloudId;
    for (const c of children) {
      if (!TerraformResource.isTerraformResource(c)) continue;
      const quota = QUOTAS.find((q) => q.types.includes(c.terraformResourceType));
      if (quota !== undefined) {
        const key = `${quota.name}\n${cloud}`;
        const resources = counted.get(key) ?? [];
        counted.set(key, resources);
        resources.push(c);
      }
      const facts = broadcasts.get(c);
      if (facts?.transformed) transformed.push(c);
      const tooBig = facts === undefined || facts.transformed ? undefined : messageSizeWarning(facts.batchSize);
      if (tooBig !== undefined) warnings.push(warningOn(c, `${tooBig} [${TRIGGER_MESSAGE_SIZE_RULE.id}]`));
    }
  }
  for (const [key, resources] of counted) {
    const [name, cloud] = key.split("\n");
    const quota = QUOTAS.find((q) => q.name === name)!;
    const rule = QUOTA_RULES.find((r) => r.source === quota.source)!;
    if (resources.length > quota.limit)
      warnings.push(warningOn(resources[resources.length - 1], `${quotaWarning(quota, resources.length, cloud)} [${rule.id}]`));
  }
  if (transformed.length > 0) {
    const note = transformerSizeNote(transformed.map((t) => t.node.path));
    warnings.push(warningOn(transformed[0], `${note} [${TRIGGER_MESSAGE_SIZE_RULE.id}]`));
  }
  return warnings;
}

function warningOn(construct: IConstruct, message: string): PlacedWarning {
  return { warning: { stack: TerraformStack.of(construct).node.id, constructPath: construct.node.path, message }, construct };
}

// The warnings of an app, computed once: cdktf synthesizes stack after stack, and each stack
// collects its own annotations, so every stack's visit adds the warnings that fall in it.
const computed = new WeakMap<IConstruct, PlacedWarning[]>();

/** Adds, once per stack, the app's warnings that fall in the stack: visiting its anchor, the first construct that asked for the checks. */
class AppWarningsAspect implements IAspect {
  public constructor(private readonly anchor: IConstruct) {}

  public visit(node: IConstruct): void {
    if (node !== this.anchor) return;
    const stack = TerraformStack.of(node);
    const root = node.node.root;
    const warnings = computed.get(root) ?? placedWarnings(root);
    computed.set(root, warnings);
    for (const { warning, construct } of warnings) {
      if (TerraformStack.of(construct) === stack) Annotations.of(construct).addWarning(warning.message);
    }
  }
}

const checked = new WeakSet<TerraformStack>();

/**
 * Makes synth warn, through cdktf annotations, about what the whole app does that the cloud may refuse:
 * a quota the app alone exceeds (registries, triggers, service accounts per cloud) and a broadcast batch
 * over the gateway's 128 KB WebSocket message limit. Call it from each construct's constructor; the first
 * call in a stack adds one aspect, so calling it again costs nothing. The aspect sits on that first
 * construct, not on the stack: cdktf invokes an aspect for every node under it (and works out each node's
 * path to do so), and this one has work only once per stack. Warnings that fall in a stack without this
 * library's constructs are left to `npm run check`.
 */
export function addAppChecks(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  if (checked.has(stack)) return;
  checked.add(stack);
  Aspects.of(scope).add(new AppWarningsAspect(scope));
}
