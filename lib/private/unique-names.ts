import { TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { PropProblem } from "../prop-validation-error";
import {
  GATEWAY_NAME_SCOPE_SOURCE,
  REGISTRY_PER_FOLDER_SOURCE,
  SERVICE_ACCOUNT_NAME_SCOPE_SOURCE,
  TRIGGER_NAME_SCOPE_SOURCE,
} from "../validate/app-rules";
import { PropProblems } from "./prop-problems";

/** Kinds of cloud resources that Yandex allows only once per scope: a name per folder or cloud, or a registry per folder. */
export enum NamedKind {
  TRIGGER = "trigger",
  REGISTRY = "container registry",
  GATEWAY = "API gateway",
  SERVICE_ACCOUNT = "service account",
}

/** What is unique for a kind, where Yandex says so, and what to do about a clash. */
interface ScopeRule {
  /** "folder": per folder; "cloud": per cloud, whatever the folder. */
  readonly scope: "folder" | "cloud";
  /** False when only one may exist per scope, whatever its name (registries). */
  readonly byName: boolean;
  readonly source: string;
  readonly remedy: string;
}

const RULES: Readonly<Record<NamedKind, ScopeRule>> = {
  [NamedKind.TRIGGER]: {
    scope: "folder",
    byName: true,
    source: TRIGGER_NAME_SCOPE_SOURCE,
    remedy: "give one of them another `name`",
  },
  [NamedKind.GATEWAY]: {
    scope: "folder",
    byName: true,
    source: GATEWAY_NAME_SCOPE_SOURCE,
    remedy: "give one of them another `name`, or create one WebsocketGateway and pass it to each trigger (`gateway: first.gateway`)",
  },
  [NamedKind.REGISTRY]: {
    scope: "folder",
    byName: false,
    source: REGISTRY_PER_FOLDER_SOURCE,
    remedy:
      "create one registry and pass it to every trigger in the folder (`registry: first.registry`, or a Registry construct), " +
      "or give one of them another `folderId`",
  },
  [NamedKind.SERVICE_ACCOUNT]: {
    scope: "cloud",
    byName: true,
    source: SERVICE_ACCOUNT_NAME_SCOPE_SOURCE,
    remedy: "give one of them another `name`, or create one ServiceAccount and pass it to each trigger (`serviceAccount: first.serviceAccount`)",
  },
};

interface Claim {
  readonly kind: NamedKind;
  readonly name: string;
  /** The folder as given; undefined for the provider's. */
  readonly folder?: string;
  readonly owner: IConstruct;
  readonly stack: TerraformStack;
}

/** Where a claim creates, and the key equal for every claim that clashes with it. */
interface Placed {
  readonly folder: string;
  readonly cloud: string;
  readonly key: string;
}

/** The claims of an app grouped by key, valid while nothing they depend on has changed (`fingerprint`). */
interface ClaimIndex {
  readonly fingerprint: string;
  readonly placed: Map<Claim, Placed>;
  readonly byKey: Map<string, Claim[]>;
}

/** The claims of one app, the stacks they are in, and their index once a validation has asked for it. */
interface AppClaims {
  readonly all: Claim[];
  readonly providers: Map<TerraformStack, YandexProvider | undefined>;
  index?: ClaimIndex;
}

// Claims by app, so that stacks sharing a folder (or a cloud) see each other's.
const claims = new WeakMap<IConstruct, AppClaims>();

/**
 * The stack's default yandex provider, whose folder and cloud a resource without its own falls back
 * to. A stack has at most one, so once found it is kept; a stack without one is searched again on
 * every call, as one may be added.
 */
function providerOf(app: AppClaims, stack: TerraformStack): YandexProvider | undefined {
  const known = app.providers.get(stack);
  if (known !== undefined) return known;
  const provider = stack.node.children.filter((c): c is YandexProvider => c instanceof YandexProvider).find((p) => p.alias === undefined);
  app.providers.set(stack, provider);
  return provider;
}

/**
 * The app's claims grouped by key. Every validation at synth reads it, so it is built once for
 * all of them (one pass over the claims, not one per claim), and built again when a claim, a
 * provider, or a provider's folder or cloud has changed since.
 */
function indexOf(app: AppClaims): ClaimIndex {
  const stacks = [...app.providers.keys()];
  const providers = stacks.map((s) => providerOf(app, s));
  const fingerprint = JSON.stringify([app.all.length, providers.map((p) => [p?.folderId, p?.cloudId])]);
  if (app.index?.fingerprint === fingerprint) return app.index;
  const providerByStack = new Map(stacks.map((s, i) => [s, providers[i]]));
  // "" while the app's providers name one cloud or none (they are then taken to be one cloud)
  const clouds = new Set(app.all.flatMap((c) => providerByStack.get(c.stack)?.cloudId ?? []));
  const placed = new Map<Claim, Placed>();
  const byKey = new Map<string, Claim[]>();
  for (const claim of app.all) {
    const provider = providerByStack.get(claim.stack);
    const rule = RULES[claim.kind];
    const folder = claim.folder ?? provider?.folderId ?? "";
    const cloud = clouds.size <= 1 ? "" : (provider?.cloudId ?? "");
    const key = JSON.stringify([claim.kind, rule.scope === "folder" ? folder : cloud, rule.byName ? claim.name : ""]);
    placed.set(claim, { folder, cloud, key });
    const group = byKey.get(key) ?? [];
    byKey.set(key, group);
    group.push(claim);
  }
  app.index = { fingerprint, placed, byKey };
  return app.index;
}

function scopeText(kind: NamedKind, { folder, cloud }: Placed): string {
  if (RULES[kind].scope === "cloud") {
    return cloud === "" ? "the app's cloud" : Token.isUnresolved(cloud) ? "the same cloud" : `cloud "${cloud}"`;
  }
  return folder === "" ? "the provider's folder" : Token.isUnresolved(folder) ? "the same folder" : `folder "${folder}"`;
}

/**
 * Records that `owner` creates a `kind` named `name` in `folder` (undefined: the provider's folder),
 * and adds a synth-time validation that refuses every other construct of the app that clashes with
 * it: the same name in the same folder (triggers, gateways) or cloud (service accounts), or any
 * second registry in the folder. The cloud would refuse the second create mid-apply. Unresolved
 * names and folders are compared as written, which still catches two constructs fed the same token.
 *
 * The validation throws one PropValidationError naming every construct in the clash and
 * what to do, as a constructor does for bad props, instead of returning lines for cdktf's own
 * "Validation failed" block: the first clash found stops the synth, and the others are in its message.
 */
export function claimUniqueName(owner: Construct, kind: NamedKind, name: string, folder: string | undefined): void {
  const root = owner.node.root;
  const app: AppClaims = claims.get(root) ?? { all: [], providers: new Map() };
  claims.set(root, app);
  const stack = TerraformStack.of(owner);
  const mine: Claim = { kind, name, folder, owner, stack };
  app.all.push(mine);
  if (!app.providers.has(stack)) app.providers.set(stack, undefined);
  owner.node.addValidation({
    validate: () => {
      const problem = clashOf(app, mine);
      if (problem !== undefined) {
        const problems = new PropProblems();
        problems.add(problem.prop, problem.value, problem.allowed);
        problems.throwIfAny(owner.constructor.name, owner.node.path);
      }
      return [];
    },
  });
}

/** What is wrong with a claim that others of the app clash with: the prop that places it, its value, and the clash. */
function clashOf(app: AppClaims, mine: Claim): PropProblem | undefined {
  const index = indexOf(app);
  const placed = index.placed.get(mine)!;
  const others = index.byKey.get(placed.key)!.filter((c) => c !== mine);
  if (others.length === 0) return undefined;
  const { kind, name, owner } = mine;
  const rule = RULES[kind];
  const what = rule.byName
    ? `${kind} name ${Token.isUnresolved(name) ? "(the same unresolved name)" : `"${name}"`} in ${scopeText(kind, placed)}`
    : `a second ${kind} in ${scopeText(kind, placed)}`;
  const unique = rule.byName ? `${kind} names are unique per ${rule.scope}` : `Yandex allows one ${kind} per ${rule.scope}`;
  return {
    prop: rule.byName ? "name" : "folderId",
    value: rule.byName ? name : mine.folder,
    allowed:
      `${what}: ${owner.node.path} and ${others.map((o) => o.owner.node.path).join(", ")} both create one; ${unique} ` +
      `(${rule.source}); ${rule.remedy}`,
  };
}
