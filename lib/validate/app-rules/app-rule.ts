import { Severity } from "../findings";
import { SourcedRule } from "../rules/rule";
import { isInterpolated, isObject, JsonObject, JsonValue } from "../values";

/** One resource of a synthesized app, with the folder and cloud it is created in as far as the JSON tells. */
export interface AppResource {
  /** The stack whose document declares it. */
  readonly stack: string;
  /** `yandex_container_registry.Registry`. */
  readonly address: string;
  readonly type: string;
  readonly body: JsonObject;
  /** Construct path from cdktf's metadata (`dev/RegistryEvents/Registry/Default`), when the document has one. */
  readonly constructPath?: string;
  /** How many instances it creates: its `count` when known, else 1. */
  readonly instances: number;
  /** The folder: its `folder_id`, else its provider's, else "" for the provider's default folder (from the environment). */
  readonly folder: string;
  /** The cloud: "" while every provider of the app names one cloud or none, else its provider's `cloud_id` ("" when unset). */
  readonly cloud: string;
}

/** Reports one finding about `resource`; the severity is the rule's unless given. */
export type AppReport = (resource: AppResource, message: string) => void;

/** A rule over every resource of an app at once: scopes and quotas that no single resource shows. */
export interface AppRule extends SourcedRule {
  /** Errors fail the check; warnings are shown and leave the exit status alone. */
  readonly severity: Severity;
  /** Reports every problem among the app's resources. */
  check(resources: readonly AppResource[], report: AppReport): void;
}

const PROVIDER = "yandex";

function providerConfigs(doc: JsonObject): JsonObject[] {
  const providers = doc.provider;
  const configs = isObject(providers) ? providers[PROVIDER] : undefined;
  return (Array.isArray(configs) ? configs : configs === undefined ? [] : [configs]).filter(isObject);
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Every `yandex_*` resource of the app's stacks, in stack then document order, with its folder and cloud. */
export function appResources(stacks: ReadonlyArray<{ readonly name: string; readonly doc: JsonObject }>): AppResource[] {
  const clouds = new Set(stacks.flatMap(({ doc }) => providerConfigs(doc).flatMap((c) => text(c.cloud_id) ?? [])));
  const out: AppResource[] = [];
  for (const { name: stack, doc } of stacks) {
    const configs = providerConfigs(doc);
    const providerOf = (body: JsonObject) => {
      const ref = typeof body.provider === "string" ? body.provider : PROVIDER;
      const alias = ref.includes(".") ? ref.slice(ref.indexOf(".") + 1) : undefined;
      return configs.find((c) => (alias === undefined ? c.alias === undefined : c.alias === alias));
    };
    const resources = isObject(doc.resource) ? doc.resource : {};
    for (const [type, byName] of Object.entries(resources)) {
      if (!type.startsWith(`${PROVIDER}_`) || !isObject(byName)) continue;
      for (const [name, raw] of Object.entries(byName)) {
        if (!isObject(raw)) continue;
        const provider = providerOf(raw);
        const metadata = isObject(raw["//"]) && isObject(raw["//"].metadata) ? raw["//"].metadata : undefined;
        out.push({
          stack,
          address: `${type}.${name}`,
          type,
          body: raw,
          constructPath: typeof metadata?.path === "string" ? metadata.path : undefined,
          instances: typeof raw.count === "number" ? raw.count : 1,
          folder: text(raw.folder_id) ?? text(provider?.folder_id) ?? "",
          cloud: clouds.size <= 1 ? "" : (text(provider?.cloud_id) ?? ""),
        });
      }
    }
  }
  return out;
}

/** `stack dev: yandex_container_registry.Registry`, so an address names its stack when an app has several. */
export function where(r: AppResource): string {
  return `${r.address} (stack ${r.stack})`;
}

/** The folder in words. */
export function folderText(folder: string): string {
  if (folder === "") return "the provider's default folder";
  return isInterpolated(folder) ? `the folder ${folder}` : `folder "${folder}"`;
}

/** The cloud in words. */
export function cloudText(cloud: string): string {
  return cloud === "" ? "the app's cloud" : `cloud "${cloud}"`;
}

/** Reports each resource of `type` whose key (scope + name) an earlier one already has, naming both. */
export function reportDuplicates(
  resources: readonly AppResource[],
  type: string,
  keyOf: (r: AppResource) => string | undefined,
  message: (r: AppResource, first: AppResource) => string,
  report: AppReport,
): void {
  const first = new Map<string, AppResource>();
  for (const r of resources.filter((x) => x.type === type)) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier) report(r, message(r, earlier));
    else first.set(key, r);
  }
}

/** Reports a quota the app alone exceeds: the resources of `types` counted per cloud, against `limit`. */
export function reportQuota(
  resources: readonly AppResource[],
  types: readonly string[],
  limit: number,
  describe: (count: number, cloud: string) => string,
  report: AppReport,
): void {
  const byCloud = new Map<string, AppResource[]>();
  for (const r of resources.filter((x) => types.includes(x.type))) byCloud.set(r.cloud, [...(byCloud.get(r.cloud) ?? []), r]);
  for (const [cloud, list] of byCloud) {
    const count = list.reduce((n, r) => n + r.instances, 0);
    if (count > limit) report(list[list.length - 1], describe(count, cloud));
  }
}
