import { websocketPathProblem } from "../private/websocket-path";
import {
  BATCH_CUTOFF_SECONDS,
  BATCH_SIZE,
  Bounds,
  CONTAINER_REGISTRY_EVENT_TYPES,
  boundsText,
  imageNameProblem,
  labelCountProblem,
  labelEntryProblem,
  LabelRules,
  resourceNameProblem,
  serviceAccountDescriptionProblem,
  SERVICE_ACCOUNT_NAME_PATTERN,
  STRICT_LABEL_RULES,
  tagProblem,
  TRIGGER_LABEL_RULES,
  triggerDescriptionProblem,
} from "../validate/rules";
import { AdoptNote, FieldReader, isJsonMap, Json, protobufDurationSeconds, YcInputError, ycObjectKind, YcObjectKind } from "./yc";

/** Props of the registry the generated code adopts, as the `Registry` construct takes them. */
export interface AdoptedRegistryProps {
  readonly name?: string;
  readonly labels?: Record<string, string>;
  readonly folderId?: string;
}

/** Props of the service account the generated code adopts, as the `ServiceAccount` construct takes them. */
export interface AdoptedServiceAccountProps {
  readonly name: string;
  readonly description?: string;
  readonly labels?: Record<string, string>;
  readonly folderId?: string;
}

/**
 * One object the trigger uses: adopted (its props known, from a yc file: managed by the generated
 * code after import) or only referenced by id (no file given: left as it is).
 */
export type AdoptedObject<P> = { readonly id: string; readonly props?: P };

/**
 * Props of the trigger, in the construct's terms; `events` are `ContainerRegistryEvent` member
 * names (the provider's event type without its prefix: `CREATE_IMAGE_TAG`).
 */
export interface AdoptedTriggerProps {
  readonly name: string;
  readonly description?: string;
  readonly labels?: Record<string, string>;
  readonly folderId: string;
  readonly events: string[];
  readonly imageName?: string;
  readonly tag?: string;
  readonly batchSize: number;
  readonly batchCutoffSeconds: number;
  readonly websocketPath: string;
}

/** What the yc objects say, mapped to the constructs, and everything that does not map. */
export interface Adoption {
  readonly triggerId: string;
  readonly trigger: AdoptedTriggerProps;
  readonly registry: AdoptedObject<AdoptedRegistryProps>;
  readonly serviceAccount: AdoptedObject<AdoptedServiceAccountProps>;
  readonly gatewayId: string;
  /** What the generated code does not reproduce, by path; empty when it reproduces every field. */
  readonly notes: readonly AdoptNote[];
}

/** The yc documents to adopt: the trigger, and optionally its registry and its service account. */
export interface AdoptInputs {
  readonly trigger: Json;
  readonly registry?: Json;
  readonly serviceAccount?: Json;
}

/** Inputs that do not belong together; `input` names which one (`trigger`, `registry`, `serviceAccount`). */
export class AdoptInputMismatch extends Error {
  public constructor(
    public readonly input: keyof AdoptInputs,
    message: string,
  ) {
    super(message);
  }
}

/** The v1 defaults `yc serverless trigger create container-registry` documents for a trigger without batch settings. */
const V1_DEFAULT_BATCH = { size: 1, cutoffSeconds: 1 };

/**
 * Maps the yc JSON of a Container Registry trigger with a WebSocket broadcast action (and of its
 * registry and account, when given) to the constructs' props. Throws a {@link YcInputError} for a
 * document that is not such a trigger, an {@link AdoptInputMismatch} for a registry or account that
 * is not the trigger's; everything else it cannot reproduce is in `notes`.
 */
export function adopt(inputs: AdoptInputs): Adoption {
  const notes: AdoptNote[] = [];
  const kind = ycObjectKind(inputs.trigger);
  if (kind !== YcObjectKind.TRIGGER) throw new YcInputError(`is a ${kind}, not a trigger (it has no "rule")`);
  const root = new FieldReader(inputs.trigger as { [key: string]: Json }, "", notes);
  const triggerId = root.requiredString("id", "the trigger id");
  root.ignore("created_at");
  const status = root.string("status");
  if (status !== undefined && status !== "ACTIVE") {
    root.note("status", `is ${JSON.stringify(status)}; the construct has no status, and what an import and a later update do to it is unverified`);
  }
  const rule = root.object("rule");
  const source = rule?.object("container_registry");
  if (!rule || !source) {
    const kinds = rule ? rule.unread().join(", ") : "none";
    throw new YcInputError(`is not a Container Registry trigger (rule: ${kinds}); only rule.container_registry triggers can be adopted`);
  }
  rule.reportUnread();
  const broadcast = source.object("gateway_websocket_broadcast");
  if (!broadcast) {
    const others = source.unread().filter((k) => k.startsWith("invoke_"));
    throw new YcInputError(
      `has no rule.container_registry.gateway_websocket_broadcast action${others.length ? ` (it has ${others.join(", ")})` : ""}; ` +
        "only triggers that broadcast to an API gateway's WebSocket connections can be adopted",
    );
  }

  const folderId = root.requiredString("folder_id", "the folder id");
  const trigger: AdoptedTriggerProps = {
    name: root.requiredString("name", "the trigger name"),
    ...optional("description", root.string("description")),
    ...optional("labels", nonEmpty(root.stringMap("labels"))),
    folderId,
    events: events(source),
    ...optional("imageName", source.string("image_name") || undefined),
    ...optional("tag", source.string("tag") || undefined),
    ...batch(source),
    websocketPath: broadcast.requiredString("path", "the WebSocket path"),
  };
  const registryId = source.requiredString("registry_id", "the registry id");
  const gatewayId = broadcast.requiredString("gateway_id", "the gateway id");
  const serviceAccountId = broadcast.requiredString("service_account_id", "the service account the trigger broadcasts as");
  for (const reader of [root, source, broadcast]) reader.reportUnread();
  checkTrigger(trigger, notes);

  return {
    triggerId,
    trigger,
    registry: { id: registryId, ...optional("props", inputs.registry === undefined ? undefined : registryProps(inputs.registry, registryId, notes)) },
    serviceAccount: {
      id: serviceAccountId,
      ...optional("props", inputs.serviceAccount === undefined ? undefined : serviceAccountProps(inputs.serviceAccount, serviceAccountId, notes)),
    },
    gatewayId,
    notes: [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** What `ContainerRegistryEvent`'s member names leave out of the provider's event types. */
const EVENT_TYPE_PREFIX = "CONTAINER_REGISTRY_EVENT_TYPE_";

// The member names come from the rule's list, not from the enum: the CLI then loads no cdktf, so it
// runs in an install of either flavour.
function events(source: FieldReader): string[] {
  const names = source.stringList("event_type") ?? [];
  const out: string[] = [];
  names.forEach((name, i) => {
    if (CONTAINER_REGISTRY_EVENT_TYPES.includes(name)) out.push(name.slice(EVENT_TYPE_PREFIX.length));
    else source.note(`event_type[${i}]`, `is ${JSON.stringify(name)}, which is no ContainerRegistryEvent; it is left out`);
  });
  if (names.length === 0) source.note("event_type", "is empty; the construct needs at least one event, so the generated code lists all four");
  return out.length > 0 ? out : CONTAINER_REGISTRY_EVENT_TYPES.map((t) => t.slice(EVENT_TYPE_PREFIX.length));
}

function batch(source: FieldReader): { batchSize: number; batchCutoffSeconds: number } {
  const settings = source.object("batch_settings");
  if (!settings) {
    source.note(
      "batch_settings",
      `is absent; the construct always sets batch settings, so the generated code sets the v1 defaults (size ${V1_DEFAULT_BATCH.size}, ` +
        `cutoff ${V1_DEFAULT_BATCH.cutoffSeconds}s) and a plan may show them as an update`,
    );
    return { batchSize: V1_DEFAULT_BATCH.size, batchCutoffSeconds: V1_DEFAULT_BATCH.cutoffSeconds };
  }
  // proto3 JSON leaves out zero values: an absent size is 0 and an absent cutoff 0s
  const size = settings.int64("size") ?? 0;
  const batchSize = nearestInBounds(size, BATCH_SIZE);
  if (batchSize !== size) {
    settings.note("size", `is ${size}; the construct's batchSize ${boundsText(BATCH_SIZE, " events")}, so the generated code sets ${batchSize}`);
  }
  const cutoffText = settings.string("cutoff") ?? "0s";
  const cutoff = protobufDurationSeconds(cutoffText);
  const batchCutoffSeconds = nearestInBounds(Math.round(cutoff ?? V1_DEFAULT_BATCH.cutoffSeconds), BATCH_CUTOFF_SECONDS);
  if (batchCutoffSeconds !== cutoff) {
    settings.note(
      "cutoff",
      `is ${JSON.stringify(cutoffText)}; the construct's batchCutoffSeconds is whole seconds and ${boundsText(BATCH_CUTOFF_SECONDS, " seconds")}, ` +
        `so the generated code sets ${batchCutoffSeconds}`,
    );
  }
  settings.reportUnread();
  return { batchSize, batchCutoffSeconds };
}

function nearestInBounds(value: number, bounds: Bounds): number {
  return Math.min(bounds.max, Math.max(bounds.min, value));
}

function checkTrigger(trigger: AdoptedTriggerProps, notes: AdoptNote[]): void {
  const add = (path: string, problem: string | undefined, value: unknown): void => {
    if (problem !== undefined) notes.push({ path, message: `is ${JSON.stringify(value)}; the construct ${problem}` });
  };
  add("name", resourceNameProblem(trigger.name), trigger.name);
  if (trigger.description !== undefined) add("description", triggerDescriptionProblem(trigger.description), trigger.description);
  if (trigger.imageName !== undefined) add("rule.container_registry.image_name", imageNameProblem(trigger.imageName), trigger.imageName);
  if (trigger.tag !== undefined) add("rule.container_registry.tag", tagProblem(trigger.tag), trigger.tag);
  add("rule.container_registry.gateway_websocket_broadcast.path", websocketPathProblem(trigger.websocketPath), trigger.websocketPath);
  checkLabels("labels", trigger.labels, TRIGGER_LABEL_RULES, notes);
}

function checkLabels(path: string, labels: Record<string, string> | undefined, rules: LabelRules, notes: AdoptNote[]): void {
  if (!labels) return;
  const count = labelCountProblem(Object.keys(labels).length, rules);
  if (count) notes.push({ path, message: `the construct ${count}` });
  for (const [key, value] of Object.entries(labels)) {
    const problem = labelEntryProblem(key, value, rules);
    if (problem) notes.push({ path: `${path}.${key}`, message: `the construct's ${problem}` });
  }
}

function registryProps(doc: Json, registryId: string, notes: AdoptNote[]): AdoptedRegistryProps {
  const reader = readerOf(doc, "registry", YcObjectKind.REGISTRY, registryId, "registry_id", notes);
  reader.ignore("created_at");
  const status = reader.string("status");
  if (status !== undefined && status !== "ACTIVE") reader.note("status", `is ${JSON.stringify(status)}; an import expects an ACTIVE registry`);
  const name = reader.string("name") || undefined;
  if (name === undefined) reader.note("name", "is empty; the Registry construct derives a name when none is given, which would rename the registry");
  const props: AdoptedRegistryProps = {
    ...optional("name", name),
    ...optional("labels", nonEmpty(reader.stringMap("labels"))),
    ...optional("folderId", reader.string("folder_id")),
  };
  reader.reportUnread();
  if (name !== undefined) {
    const problem = resourceNameProblem(name);
    if (problem) reader.note("name", `is ${JSON.stringify(name)}; the Registry construct's name ${problem}`);
  }
  checkLabels(`${reader.path}.labels`, props.labels, STRICT_LABEL_RULES, notes);
  return props;
}

function serviceAccountProps(doc: Json, serviceAccountId: string, notes: AdoptNote[]): AdoptedServiceAccountProps {
  const reader = readerOf(doc, "serviceAccount", YcObjectKind.SERVICE_ACCOUNT, serviceAccountId, "service_account_id", notes);
  reader.ignore("created_at", "last_authenticated_at");
  const props: AdoptedServiceAccountProps = {
    name: reader.requiredString("name", "the account name"),
    ...optional("description", reader.string("description")),
    ...optional("labels", nonEmpty(reader.stringMap("labels"))),
    ...optional("folderId", reader.string("folder_id")),
  };
  reader.reportUnread();
  if (!SERVICE_ACCOUNT_NAME_PATTERN.test(props.name))
    reader.note("name", `is ${JSON.stringify(props.name)}; the ServiceAccount construct refuses it`);
  const description = props.description === undefined ? undefined : serviceAccountDescriptionProblem(props.description);
  if (description !== undefined) reader.note("description", `${description}; the ServiceAccount construct refuses it`);
  checkLabels(`${reader.path}.labels`, props.labels, STRICT_LABEL_RULES, notes);
  return props;
}

/** A reader for the registry's or account's document, after checking it is the object the trigger names. */
function readerOf(
  doc: Json,
  input: "registry" | "serviceAccount",
  kind: YcObjectKind,
  expectedId: string,
  field: string,
  notes: AdoptNote[],
): FieldReader {
  let actual: YcObjectKind;
  try {
    actual = ycObjectKind(doc);
  } catch (e) {
    throw new AdoptInputMismatch(input, (e as Error).message);
  }
  if (actual !== kind || !isJsonMap(doc)) throw new AdoptInputMismatch(input, `is a ${actual}, not a ${kind}`);
  if (doc.id !== expectedId) {
    throw new AdoptInputMismatch(input, `is ${kind} ${JSON.stringify(doc.id)}, but the trigger's ${field} is ${JSON.stringify(expectedId)}`);
  }
  const reader = new FieldReader(doc, input === "registry" ? "registry" : "service_account", notes);
  reader.ignore("id");
  return reader;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function nonEmpty(map: Record<string, string> | undefined): Record<string, string> | undefined {
  return map && Object.keys(map).length > 0 ? map : undefined;
}
