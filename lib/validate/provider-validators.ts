import { childPath, Finding, FindingKind } from "./findings";
import {
  CONTAINER_REGISTRY_EVENT_TYPES,
  isGoDuration,
  isIamMember,
  LabelRules,
  labelEntryProblem,
  LIMITS,
  RESOURCE_NAME_PATTERN,
  SERVICE_ACCOUNT_NAME_PATTERN,
  STRICT_LABEL_RULES,
  TRIGGER_LABEL_RULES,
} from "./provider-rules";
import { isInterpolated, isObject, JsonObject, JsonValue } from "./values";

type Report = (path: string, message: string, kind?: FindingKind) => void;

/** The provider's validators and the API's required fields, per resource type the library emits. */
const VALIDATORS: Record<string, (body: JsonObject, report: Report) => void> = {
  yandex_serverless_triggers: validateTrigger,
  yandex_container_registry: (body, report) => {
    pattern(body, "name", RESOURCE_NAME_PATTERN, report);
    maxLength(body, "folder_id", LIMITS.idLength, report);
    labels(body, STRICT_LABEL_RULES, report);
  },
  yandex_iam_service_account: (body, report) => {
    pattern(body, "name", SERVICE_ACCOUNT_NAME_PATTERN, report);
    maxLength(body, "description", LIMITS.serviceAccountDescriptionLength, report);
    maxLength(body, "folder_id", LIMITS.idLength, report);
    labels(body, STRICT_LABEL_RULES, report);
    const expires = known(body.expires_at);
    if (typeof expires === "string" && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(expires)) {
      report("expires_at", `got ${JSON.stringify(expires)}; must be an RFC 3339 timestamp such as "2026-12-31T00:00:00Z"`);
    }
  },
  yandex_resourcemanager_folder_iam_member: iamMemberFormat,
  yandex_api_gateway_iam_member: iamMemberFormat,
  yandex_api_gateway: (body, report) => {
    const timeout = known(body.execution_timeout);
    if (typeof timeout === "string" && !/^\d+$/.test(timeout)) {
      report("execution_timeout", `got ${JSON.stringify(timeout)}; must be whole seconds written as a string, e.g. "300"`);
    }
  },
};

/** Runs the provider validators for one resource; types without validators yield nothing. */
export function checkProviderRules(address: string, type: string, body: JsonObject): Finding[] {
  const findings: Finding[] = [];
  VALIDATORS[type]?.(body, (path, message, kind = FindingKind.PROVIDER) => findings.push({ address, path, message, kind }));
  return findings;
}

function iamMemberFormat(body: JsonObject, report: Report): void {
  const member = known(body.member);
  if (typeof member === "string" && !isIamMember(member)) {
    report("member", `got ${JSON.stringify(member)}; must be "<subject type>:<id>", e.g. "serviceAccount:<id>"`);
  }
}

function validateTrigger(body: JsonObject, report: Report): void {
  pattern(body, "name", RESOURCE_NAME_PATTERN, report);
  maxLength(body, "description", LIMITS.triggerDescriptionLength, report);
  maxLength(body, "folder_id", LIMITS.idLength, report);
  labels(body, TRIGGER_LABEL_RULES, report);
  durations(body.timeouts, "timeouts", report);

  const source = body.source;
  if (isObject(source)) {
    const kinds = Object.keys(source).filter((k) => source[k] !== null);
    if (kinds.length !== 1)
      report(
        "source",
        `sets ${kinds.length} source kinds (${kinds.join(", ") || "none"}); exactly one is required`,
        kinds.length > 1 ? FindingKind.PROVIDER : FindingKind.API,
      );
    const registry = source.container_registry;
    if (isObject(registry)) validateRegistrySource(registry, "source.container_registry", report);
  }

  const actions = body.action;
  if (actions === undefined || (Array.isArray(actions) && actions.length === 0)) {
    report("action", "at least one action is required by the API", FindingKind.API);
  } else if (Array.isArray(actions)) {
    actions.forEach((a, i) => isObject(a) && validateAction(a, childPath("action", i), report));
  }
}

function validateRegistrySource(registry: JsonObject, path: string, report: Report): void {
  const events = registry.event_type;
  if (events === undefined || (Array.isArray(events) && events.length === 0)) {
    report(childPath(path, "event_type"), "at least one event type is required by the API", FindingKind.API);
  } else if (Array.isArray(events)) {
    events.forEach((e, i) => {
      if (typeof e === "string" && !isInterpolated(e) && !CONTAINER_REGISTRY_EVENT_TYPES.includes(e)) {
        report(childPath(childPath(path, "event_type"), i), `got ${JSON.stringify(e)}; must be one of ${CONTAINER_REGISTRY_EVENT_TYPES.join(", ")}`);
      }
    });
  }
  const batch = registry.batch_settings;
  if (isObject(batch)) validateBatch(batch, childPath(path, "batch_settings"), report);
}

function validateBatch(batch: JsonObject, path: string, report: Report): void {
  durations({ cutoff: batch.cutoff }, path, report);
  range(batch, "max_count", LIMITS.batchMaxCount, path, report);
  range(batch, "max_bytes", LIMITS.batchMaxBytes, path, report);
  const count = known(batch.max_count);
  const bytes = known(batch.max_bytes);
  if (count !== undefined && bytes !== undefined && Number(count) === 0 && Number(bytes) === 0) {
    report(path, "max_count and max_bytes are both 0; the API needs one of them above 0", FindingKind.API);
  }
}

function validateAction(action: JsonObject, path: string, report: Report): void {
  const targets = ["gateway_websocket_broadcast", "invoke_container", "invoke_function", "start_workflow"].filter((t) => isObject(action[t]));
  if (targets.length !== 1) {
    report(path, `sets ${targets.length} targets (${targets.join(", ") || "none"}); the API needs exactly one`, FindingKind.API);
  }
  const broadcast = action.gateway_websocket_broadcast;
  if (isObject(broadcast)) {
    const here = childPath(path, "gateway_websocket_broadcast");
    if (broadcast.service_account_id === undefined || broadcast.service_account_id === null) {
      report(childPath(here, "service_account_id"), "is required by the API for a WebSocket broadcast", FindingKind.API);
    }
    maxLength(broadcast, "gateway_id", LIMITS.idLength, report, here);
    maxLength(broadcast, "service_account_id", LIMITS.idLength, report, here);
    if (action.retry_policy !== undefined || action.dead_letter !== undefined) {
      report(path, "a WebSocket broadcast is fire-and-forget; the API supports no retry_policy or dead_letter for it", FindingKind.API);
    }
  }
  for (const [key, limit] of [
    ["filter", LIMITS.jqFilterLength],
    ["transformer", LIMITS.jqTransformerLength],
  ] as const) {
    const block = action[key];
    if (isObject(block)) maxLength(block, "jq", limit, report, childPath(path, key));
  }
  const retry = action.retry_policy;
  if (isObject(retry)) {
    range(retry, "retry_attempts", LIMITS.retryAttempts, childPath(path, "retry_policy"), report);
    durations({ interval: retry.interval }, childPath(path, "retry_policy"), report);
  }
}

/** The value when it is known at synth (not an interpolation, not null). */
function known(value: JsonValue | undefined): JsonValue | undefined {
  return value === null || isInterpolated(value) ? undefined : value;
}

function pattern(body: JsonObject, key: string, re: RegExp, report: Report): void {
  const value = known(body[key]);
  if (typeof value === "string" && !re.test(value)) report(key, `got ${JSON.stringify(value)}; must match ${re.source}`);
}

function maxLength(body: JsonObject, key: string, max: number, report: Report, path = ""): void {
  const value = known(body[key]);
  if (typeof value === "string" && value.length > max) report(childPath(path, key), `is ${value.length} characters; at most ${max} allowed`);
}

function range(body: JsonObject, key: string, bounds: { min: number; max: number }, path: string, report: Report): void {
  const value = known(body[key]);
  if (value === undefined) return;
  const n = Number(value);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    report(childPath(path, key), `got ${JSON.stringify(value)}; must be an integer from ${bounds.min} to ${bounds.max}`);
  }
}

function durations(values: JsonValue | undefined, path: string, report: Report): void {
  if (!isObject(values)) return;
  for (const [key, raw] of Object.entries(values)) {
    const value = known(raw);
    if (value !== undefined && (typeof value !== "string" || !isGoDuration(value))) {
      report(childPath(path, key), `got ${JSON.stringify(value)}; must be a Go duration string such as "10s", "1m30s"`);
    }
  }
}

function labels(body: JsonObject, rules: LabelRules, report: Report): void {
  const value = known(body.labels);
  if (!isObject(value)) return;
  const entries = Object.entries(value);
  if (entries.length > rules.maxEntries) report("labels", `has ${entries.length} labels; at most ${rules.maxEntries} allowed`);
  for (const [k, v] of entries) {
    if (isInterpolated(k) || typeof v !== "string" || isInterpolated(v)) continue;
    const problem = labelEntryProblem(k, v, rules);
    if (problem) report(childPath("labels", k), problem);
  }
}
