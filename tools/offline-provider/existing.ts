import * as fs from "fs";
import { isJsonMap, Json, JsonMap, parseYcJson, ycObjectKind, YcObjectKind } from "../../lib/adopt/yc";
import { CtyObject } from "./cty";

/**
 * Objects that exist in the stand-in's "cloud" before a plan: resource type → id → state in the
 * provider schema's terms. Terraform can import them, reads refresh from them, and applies to them
 * change them; objects a plan creates are not here.
 */
export type ExistingObjects = Record<string, Record<string, CtyObject>>;

/** The environment variable that gives the stand-in the file holding {@link ExistingObjects}. */
export const EXISTING_OBJECTS_ENV = "CR_WS_OFFLINE_EXISTING";

/**
 * The provider state of one yc object (`yc ... get --format json`), the kind recognised from its
 * fields. A v1 trigger is read as the provider reads a trigger through the Triggers API v2, on the
 * assumption that v2 returns the same fields (docs/ADOPT.md: not verified in the cloud): `size` as
 * `max_count`, no `max_bytes` (0), empty strings and maps for what yc leaves out.
 */
export function existingObjectOf(doc: Json): { type: string; id: string; state: CtyObject } {
  const kind = ycObjectKind(doc);
  const o = doc as JsonMap;
  const id = o.id as string;
  const common = { id, folder_id: str(o.folder_id), name: str(o.name), labels: labels(o.labels), created_at: str(o.created_at) };
  switch (kind) {
    case YcObjectKind.REGISTRY:
      return { type: "yandex_container_registry", id, state: { ...common, registry_id: id, status: str(o.status) } };
    case YcObjectKind.SERVICE_ACCOUNT:
      return { type: "yandex_iam_service_account", id, state: { ...common, service_account_id: id, description: str(o.description) } };
    case YcObjectKind.TRIGGER:
      return {
        type: "yandex_serverless_triggers",
        id,
        state: { ...common, trigger_id: id, description: str(o.description), status: str(o.status), ...triggerRule(o.rule) },
      };
  }
}

function triggerRule(rule: Json | undefined): CtyObject {
  const source = isJsonMap(rule) && isJsonMap(rule.container_registry) ? rule.container_registry : undefined;
  if (!source) throw new Error("the stand-in reads only Container Registry triggers (rule.container_registry)");
  const batch = isJsonMap(source.batch_settings) ? source.batch_settings : undefined;
  const broadcast = isJsonMap(source.gateway_websocket_broadcast) ? source.gateway_websocket_broadcast : undefined;
  return {
    source: {
      container_registry: {
        registry_id: str(source.registry_id),
        event_type: Array.isArray(source.event_type) ? source.event_type.map((e) => str(e)) : [],
        image_name: str(source.image_name),
        tag: str(source.tag),
        batch_settings: batch ? { max_count: Number(batch.size ?? 0), max_bytes: 0, cutoff: str(batch.cutoff) || "0s" } : null,
      },
    },
    action: broadcast
      ? [
          {
            gateway_websocket_broadcast: {
              gateway_id: str(broadcast.gateway_id),
              path: str(broadcast.path),
              service_account_id: str(broadcast.service_account_id),
            },
          },
        ]
      : [],
  };
}

function str(value: Json | undefined): string {
  return typeof value === "string" ? value : "";
}

function labels(value: Json | undefined): CtyObject {
  const out: CtyObject = {};
  if (isJsonMap(value)) for (const [k, v] of Object.entries(value)) out[k] = str(v);
  return out;
}

/** Reads yc JSON files (`--existing FILE`) into {@link ExistingObjects}; the error names the file that is not one. */
export function readExistingFiles(files: readonly string[]): ExistingObjects {
  const out: ExistingObjects = {};
  for (const file of files) {
    try {
      const { type, id, state } = existingObjectOf(parseYcJson(fs.readFileSync(file, "utf8")));
      (out[type] ??= {})[id] = state;
    } catch (e) {
      throw new Error(`--existing ${file}: ${(e as Error).message}`, { cause: e });
    }
  }
  return out;
}

/**
 * The stand-in's store of existing objects: a JSON file in the sandbox, read on every call and
 * written on every apply to an existing object, so the terraform runs of one sandbox see one cloud.
 */
export class ExistingStore {
  public constructor(private readonly file: string) {}

  /** The state of an existing object, or undefined when there is none of that type and id. */
  public get(type: string, id: string): CtyObject | undefined {
    return this.load()[type]?.[id];
  }

  /** Records what an apply made of an existing object: its new state, or null when it was destroyed. */
  public update(type: string, id: string, state: CtyObject | null): void {
    const all = this.load();
    if (!all[type]?.[id]) return;
    if (state === null) delete all[type][id];
    else all[type][id] = state;
    fs.writeFileSync(this.file, JSON.stringify(all));
  }

  private load(): ExistingObjects {
    return JSON.parse(fs.readFileSync(this.file, "utf8")) as ExistingObjects;
  }
}

/** The `--existing FILE` flag of tf:plan and tf:deploy, as it reads in their `--help`. */
export const EXISTING_OPTION = {
  type: "string",
  multiple: true,
  valueName: "FILE",
  description: "an object that already exists (yc ... get --format json): the stand-in imports and reads it",
} as const;
