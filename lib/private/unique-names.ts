import { TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import {
  GATEWAY_NAME_SCOPE_SOURCE,
  REGISTRY_PER_FOLDER_SOURCE,
  SERVICE_ACCOUNT_NAME_SCOPE_SOURCE,
  TRIGGER_NAME_SCOPE_SOURCE,
} from "../validate/app-rules";

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
}

// Claims by app, so that stacks sharing a folder (or a cloud) see each other's.
const claims = new WeakMap<IConstruct, Claim[]>();

/** The stack's default yandex provider, whose folder and cloud a resource without its own falls back to. */
function providerOf(owner: IConstruct): YandexProvider | undefined {
  return TerraformStack.of(owner)
    .node.children.filter((c): c is YandexProvider => c instanceof YandexProvider)
    .find((p) => p.alias === undefined);
}

/** The folder a claim creates in: its own, else its provider's, else "" for the provider's default (from the environment). */
function folderOf(claim: Claim): string {
  return claim.folder ?? providerOf(claim.owner)?.folderId ?? "";
}

/**
 * The cloud a claim creates in: "" while the app's providers name one cloud or none (they are then
 * taken to be one cloud), else its provider's `cloudId` ("" when it names none).
 */
function cloudOf(claim: Claim, all: readonly Claim[]): string {
  const clouds = new Set(all.flatMap((c) => providerOf(c.owner)?.cloudId ?? []));
  return clouds.size <= 1 ? "" : (providerOf(claim.owner)?.cloudId ?? "");
}

function keyOf(claim: Claim, all: readonly Claim[]): string {
  const rule = RULES[claim.kind];
  return JSON.stringify([claim.kind, rule.scope === "folder" ? folderOf(claim) : cloudOf(claim, all), rule.byName ? claim.name : ""]);
}

function scopeText(claim: Claim, all: readonly Claim[]): string {
  if (RULES[claim.kind].scope === "cloud") {
    const cloud = cloudOf(claim, all);
    return cloud === "" ? "the app's cloud" : Token.isUnresolved(cloud) ? "the same cloud" : `cloud "${cloud}"`;
  }
  const folder = folderOf(claim);
  return folder === "" ? "the provider's folder" : Token.isUnresolved(folder) ? "the same folder" : `folder "${folder}"`;
}

/**
 * Records that `owner` creates a `kind` named `name` in `folder` (undefined: the provider's folder),
 * and adds a synth-time validation that reports every other construct of the app that clashes with
 * it: the same name in the same folder (triggers, gateways) or cloud (service accounts), or any
 * second registry in the folder. The cloud would refuse the second create mid-apply. Unresolved
 * names and folders are compared as written, which still catches two constructs fed the same token.
 */
export function claimUniqueName(owner: Construct, kind: NamedKind, name: string, folder: string | undefined): void {
  const root = owner.node.root;
  const all = claims.get(root) ?? [];
  claims.set(root, all);
  const mine: Claim = { kind, name, folder, owner };
  all.push(mine);
  owner.node.addValidation({
    validate: () => {
      const key = keyOf(mine, all);
      const others = all.filter((c) => c !== mine && c.kind === kind && keyOf(c, all) === key);
      if (others.length === 0) return [];
      const rule = RULES[kind];
      const what = rule.byName
        ? `${kind} name ${Token.isUnresolved(name) ? "(the same unresolved name)" : `"${name}"`} in ${scopeText(mine, all)}`
        : `a second ${kind} in ${scopeText(mine, all)}`;
      const unique = rule.byName ? `${kind} names are unique per ${rule.scope}` : `Yandex allows one ${kind} per ${rule.scope}`;
      return [
        `${what}: ${owner.node.path} and ${others.map((o) => o.owner.node.path).join(", ")} both create one; ${unique} ` +
          `(${rule.source}); ${rule.remedy}`,
      ];
    },
  });
}
