import { createHash } from "crypto";
import { ContainerRegistryEvent } from "../container-registry-event";
import { readSynthesizedStacks } from "../private/app-synth";
import { AUTHORIZER, parseSpec, WEBSOCKET_CONNECT_OPERATION, WEBSOCKET_MESSAGE_OPERATION } from "../private/openapi-spec";
import { StackDocument } from "../review/compare";
import { buildAppGraph, compareText, GraphNode, valueReferences } from "../review/graph";
import { goDurationSeconds } from "../validate/rules/rule";
import { actions, batchSettings, containerRegistrySource } from "../validate/rules/trigger-parts";
import { isInterpolated, isObject, JsonObject } from "../validate/values";

/** A registry of the app: one namespace of the local registry, under its own id. */
export interface LocalRegistry {
  /** `<stack>/<address>` of the resource or data source, or `id:<id>` for an id written in the app. */
  readonly key: string;
  /** The stack that declares it; undefined for an id written in a trigger. */
  readonly stack?: string;
  /** Its construct path below the stack (`Registry`), or its id when the app only names it. */
  readonly path: string;
  /** The registry id events carry and repositories sit under. */
  readonly id: string;
  /** The folder events name. */
  readonly folderId: string;
}

/** One WebSocket path of a gateway. */
export interface LocalWebsocketPath {
  readonly path: string;
  /**
   * The credentials that admit a client when the path's connect operation has an authorizer: for
   * each alternative, where the token is read. Undefined when anyone may connect.
   */
  readonly authorizer?: ReadonlyArray<ReadonlyArray<TokenLocation>>;
}

/** Where a client presents its token: a header (`Authorization`) or a query parameter (`token`). */
export interface TokenLocation {
  readonly in: "header" | "query";
  readonly name: string;
}

/** A gateway of the app: one local WebSocket server. */
export interface LocalGateway {
  readonly key: string;
  readonly stack?: string;
  readonly path: string;
  readonly id: string;
  /** The WebSocket paths its spec declares; for a gateway whose spec the app does not hold, the paths triggers broadcast to. */
  readonly websocketPaths: LocalWebsocketPath[];
  /** Why the spec was not read, when it was not (an imported gateway, a spec made at apply time). */
  readonly specUnknown?: string;
}

/** What one broadcast action of a trigger sends where. */
export interface LocalAction {
  /** Key of the gateway it broadcasts through. */
  readonly gateway: string;
  /** The gateway path whose connections receive the messages. */
  readonly path: string;
  /** `filter.jq`: only events for which it yields `true` are sent. */
  readonly jqFilter?: string;
  /** `transformer.jq`: what each event becomes in the message. */
  readonly jqTransformer?: string;
}

/** A Container Registry trigger of the app that broadcasts to WebSockets. */
export interface LocalTrigger {
  readonly stack: string;
  /** Construct path below the stack: the `CrWebsocketTrigger` (`RegistryEvents`), or the bare resource's path. */
  readonly path: string;
  /** Terraform address in its stack. */
  readonly address: string;
  readonly name: string;
  /** Key of the registry it watches. */
  readonly registry: string;
  /** The event types it watches. */
  readonly eventTypes: readonly ContainerRegistryEvent[];
  /** `image_name`: only this image (the repository name below the registry id). */
  readonly imageName?: string;
  /** `tag`: only this tag. */
  readonly tag?: string;
  /** `batch_settings.max_count`. */
  readonly batchSize: number;
  /** `batch_settings.cutoff`, in milliseconds. */
  readonly batchCutoffMs: number;
  /** Its broadcast actions. */
  readonly actions: readonly LocalAction[];
}

/** The event path of an app: its registries, gateways and triggers, with what could not be carried over. */
export interface LocalApp {
  readonly registries: LocalRegistry[];
  readonly gateways: LocalGateway[];
  readonly triggers: LocalTrigger[];
  /** One line each: a trigger left out, or a part of one that works differently here. */
  readonly notes: string[];
}

/** The folder and cloud of local events when the app names none. */
export const LOCAL_FOLDER_ID = localId("b1g", "folder");
/** The cloud of local events. */
export const LOCAL_CLOUD_ID = localId("b1g", "cloud");

const TRIGGER_TYPE = "yandex_serverless_triggers";
const REGISTRY_TYPE = "yandex_container_registry";
const GATEWAY_TYPE = "yandex_api_gateway";
const DEFAULT_BATCH_SIZE = 1;
const DEFAULT_CUTOFF_SECONDS = 1;

/** An id in Yandex's shape (a 3-letter prefix and 17 lower-case letters and digits), the same for the same seed. */
export function localId(prefix: string, seed: string): string {
  const digits = BigInt(`0x${createHash("sha256").update(seed).digest("hex")}`).toString(36);
  return `${prefix}${digits.slice(0, 17).padStart(17, "0")}`;
}

/** Reads the app synthesized in `outdir` (its `manifest.json` and each stack's `cdk.tf.json`). */
export function readLocalApp(outdir: string): LocalApp {
  const app: Record<string, StackDocument> = {};
  for (const stack of readSynthesizedStacks(outdir)) app[stack.name] = JSON.parse(stack.text) as StackDocument;
  return localApp(app);
}

/** The event path of a synthesized app (stack name → `cdk.tf.json`), with the references between stacks resolved. */
export function localApp(app: Record<string, StackDocument>): LocalApp {
  const graph = buildAppGraph(app);
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const bodyOf = (n: GraphNode) => app[n.stack][n.mode]![n.type][nameOf(n)] as JsonObject;
  const registries = new Map<string, LocalRegistry>();
  const gateways = new Map<string, LocalGateway>();
  const triggers: LocalTrigger[] = [];
  const notes: string[] = [];

  const target = (stack: string, value: unknown, type: string): GraphNode | undefined =>
    valueReferences(app, nodes, stack, value)
      .map((r) => nodes.get(r.key)!)
      .find((n) => n.type === type);

  for (const node of graph.nodes.filter((n) => n.mode === "resource" && n.type === TRIGGER_TYPE)) {
    const body = bodyOf(node);
    const where = `${node.stack}/${triggerPath(node.path)}`;
    const source = containerRegistrySource(body)?.value;
    if (source === undefined) continue;
    const registry = registryOf(target(node.stack, source.registry_id, REGISTRY_TYPE), source.registry_id);
    if (registry === undefined) {
      notes.push(`${where}: left out, its registry_id ${JSON.stringify(source.registry_id)} names no registry of the app`);
      continue;
    }
    const broadcasts: LocalAction[] = [];
    for (const { value } of actions(body)) {
      const broadcast = value.gateway_websocket_broadcast;
      if (!isObject(broadcast) || typeof broadcast.path !== "string") continue;
      const gateway = gatewayOf(target(node.stack, broadcast.gateway_id, GATEWAY_TYPE), broadcast.gateway_id, broadcast.path);
      if (gateway === undefined) {
        notes.push(`${where}: a broadcast left out, its gateway_id ${JSON.stringify(broadcast.gateway_id)} names no gateway of the app`);
        continue;
      }
      if (!gateway.websocketPaths.some((p) => p.path === broadcast.path)) {
        notes.push(
          `${where}: broadcasts to ${broadcast.path}, which the spec of gateway ${gateway.path} does not serve for WebSocket: ` +
            "no client can connect there",
        );
      }
      broadcasts.push({ gateway: gateway.key, path: broadcast.path, jqFilter: jq(value.filter), jqTransformer: jq(value.transformer) });
    }
    if (broadcasts.length === 0) continue;
    const batch = batchSettings(body)?.value;
    const cutoff = typeof batch?.cutoff === "string" ? goDurationSeconds(batch.cutoff) : undefined;
    const eventTypes = Array.isArray(source.event_type) ? source.event_type.filter(isEventType) : [];
    triggers.push({
      stack: node.stack,
      path: triggerPath(node.path),
      address: node.address,
      name: typeof body.name === "string" ? body.name : nameOf(node),
      registry: registry.key,
      eventTypes: eventTypes.length > 0 ? eventTypes : EVENT_TYPES,
      imageName: filterValue(source.image_name),
      tag: filterValue(source.tag),
      batchSize: typeof batch?.max_count === "number" && batch.max_count > 0 ? batch.max_count : DEFAULT_BATCH_SIZE,
      batchCutoffMs: 1000 * (cutoff !== undefined && cutoff > 0 ? cutoff : DEFAULT_CUTOFF_SECONDS),
      actions: broadcasts,
    });
  }
  return {
    registries: [...registries.values()],
    gateways: [...gateways.values()],
    triggers: triggers.sort((a, b) => compareText(a.stack, b.stack) || compareText(a.path, b.path)),
    notes,
  };

  function registryOf(node: GraphNode | undefined, written: unknown): LocalRegistry | undefined {
    const key = node?.key ?? (literal(written) ? `id:${written}` : undefined);
    if (key === undefined) return undefined;
    let registry = registries.get(key);
    if (registry === undefined) {
      const body = node && bodyOf(node);
      const id = node === undefined ? (written as string) : (literalField(body, "registry_id") ?? localId("crp", key));
      registry = {
        key,
        stack: node?.stack,
        path: node ? ownerPath(node.path) : id,
        id,
        folderId: literalField(body, "folder_id") ?? LOCAL_FOLDER_ID,
      };
      registries.set(key, registry);
    }
    return registry;
  }

  function gatewayOf(node: GraphNode | undefined, written: unknown, path: string): LocalGateway | undefined {
    const key = node?.key ?? (literal(written) ? `id:${written}` : undefined);
    if (key === undefined) return undefined;
    let gateway = gateways.get(key);
    if (gateway === undefined) {
      const body = node && bodyOf(node);
      const spec = node?.mode === "resource" ? readSpec(body?.spec) : { unknown: "the app does not hold its spec (an imported gateway)" };
      gateway = {
        key,
        stack: node?.stack,
        path: node ? ownerPath(node.path) : (written as string),
        id: node === undefined ? (written as string) : (literalField(body, "api_gateway_id") ?? localId("d5d", key)),
        websocketPaths: spec.paths ?? [],
        ...(spec.unknown === undefined ? {} : { specUnknown: spec.unknown }),
      };
      gateways.set(key, gateway);
    }
    // a gateway whose spec is unknown serves what its triggers broadcast to
    if (gateway.specUnknown !== undefined && !gateway.websocketPaths.some((p) => p.path === path)) gateway.websocketPaths.push({ path });
    return gateway;
  }
}

/** The Terraform name in a node's address (`Registry` of `yandex_container_registry.Registry`). */
function nameOf(node: GraphNode): string {
  return node.address.slice(node.address.lastIndexOf(".") + 1);
}

/** The construct path of a trigger: its `CrWebsocketTrigger` (`RegistryEvents`) when the resource is that construct's `Resource`. */
function triggerPath(resourcePath: string): string {
  return resourcePath.replace(/\/Resource$/, "");
}

/** The construct that owns an L1: `Registry` for `Registry/Default`, `Gateway` for `Gateway/Resource`. */
function ownerPath(resourcePath: string): string {
  return resourcePath.replace(/\/(Resource|Default)$/, "");
}

function literal(value: unknown): value is string {
  return typeof value === "string" && value !== "" && !isInterpolated(value);
}

function literalField(body: JsonObject | undefined, name: string): string | undefined {
  const value = body?.[name];
  return literal(value) ? value : undefined;
}

const EVENT_TYPES: readonly ContainerRegistryEvent[] = Object.values(ContainerRegistryEvent);

function isEventType(value: unknown): value is ContainerRegistryEvent {
  return EVENT_TYPES.includes(value as ContainerRegistryEvent);
}

function filterValue(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function jq(part: unknown): string | undefined {
  return isObject(part) && typeof part.jq === "string" && part.jq !== "" ? part.jq : undefined;
}

/** The WebSocket paths a spec declares, each with its connect authorizer; or why the spec cannot be read. */
export function readSpec(spec: unknown): { paths?: LocalWebsocketPath[]; unknown?: string } {
  if (typeof spec !== "string") return { unknown: "the app gives it no spec" };
  if (isInterpolated(spec)) return { unknown: "its spec is made at apply time" };
  const { spec: document, error } = parseSpec(spec);
  if (document === undefined) return { unknown: `its spec ${error}` };
  const components: unknown = document.components;
  const schemes = isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  const topSecurity = (document as { security?: unknown }).security;
  const paths: LocalWebsocketPath[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    if (!isObject(item) || !(WEBSOCKET_MESSAGE_OPERATION in item)) continue;
    const connect = item[WEBSOCKET_CONNECT_OPERATION];
    const security = isObject(connect) && connect.security !== undefined ? connect.security : isObject(connect) ? topSecurity : undefined;
    const authorizer = authorizerOf(security, schemes);
    paths.push(authorizer === undefined ? { path } : { path, authorizer });
  }
  return { paths: paths.sort((a, b) => compareText(a.path, b.path)) };
}

/** The token locations of each alternative of a security list whose schemes call an authorizer; undefined when none does. */
function authorizerOf(security: unknown, schemes: JsonObject): TokenLocation[][] | undefined {
  if (!Array.isArray(security)) return undefined;
  const alternatives: TokenLocation[][] = [];
  for (const requirement of security) {
    if (!isObject(requirement)) continue;
    const locations = Object.keys(requirement).flatMap((name): TokenLocation[] => {
      const scheme = schemes[name];
      if (!isObject(scheme) || !(AUTHORIZER in scheme)) return [];
      if (scheme.type === "apiKey" && (scheme.in === "header" || scheme.in === "query") && typeof scheme.name === "string") {
        return [{ in: scheme.in, name: scheme.name }];
      }
      return scheme.type === "http" ? [{ in: "header", name: "Authorization" }] : [];
    });
    if (locations.length > 0) alternatives.push(locations);
  }
  return alternatives.length > 0 ? alternatives : undefined;
}
