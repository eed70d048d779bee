import { childPath } from "../findings";
import { isObject, JsonObject } from "../values";

/** A trigger's `source.container_registry` object and its path, when the body has one. */
export function containerRegistrySource(body: JsonObject): { value: JsonObject; path: string } | undefined {
  const source = body.source;
  const registry = isObject(source) ? source.container_registry : undefined;
  return isObject(registry) ? { value: registry, path: "source.container_registry" } : undefined;
}

/** A trigger's `source.container_registry.batch_settings` object and its path, when the body has one. */
export function batchSettings(body: JsonObject): { value: JsonObject; path: string } | undefined {
  const registry = containerRegistrySource(body);
  const batch = registry?.value.batch_settings;
  return registry && isObject(batch) ? { value: batch, path: childPath(registry.path, "batch_settings") } : undefined;
}

/** Each action object of a trigger with its path (`action[0]`). */
export function actions(body: JsonObject): Array<{ value: JsonObject; path: string }> {
  const list = body.action;
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, i) => (isObject(value) ? [{ value, path: childPath("action", i) }] : []));
}
