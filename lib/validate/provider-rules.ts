/**
 * The yandex provider's (0.222.0) value rules that its JSON schema cannot express, plus the
 * API-side limits the cloud enforces at apply time. One source for the constructs' prop
 * validation and for the offline checker.
 */

/** Names of triggers and registries: empty, or 3–63 of `[a-z0-9-]`, starting with a letter, not ending with `-`. */
export const RESOURCE_NAME_PATTERN = /^(|[a-z][-a-z0-9]{1,61}[a-z0-9])$/;

/**
 * What is allowed for a created trigger, registry or gateway name, or undefined when `name` is one
 * (the provider's empty name is refused: it names nothing).
 */
export function resourceNameProblem(name: string): string | undefined {
  return name !== "" && RESOURCE_NAME_PATTERN.test(name) ? undefined : `must be 3-63 characters matching ${RESOURCE_NAME_PATTERN.source}`;
}

/** Service account names: 1–63 of `[a-z0-9-]`, starting with a letter, not ending with `-`. */
export const SERVICE_ACCOUNT_NAME_PATTERN = /^([a-z]([-a-z0-9]{0,61}[a-z0-9])?)$/;

/** Key and value rules of a `labels` map. */
export interface LabelRules {
  readonly keyPattern: RegExp;
  readonly valuePattern: RegExp;
  readonly maxKeyLength: number;
  readonly maxValueLength: number;
  readonly maxEntries: number;
}

/** Labels of registries and service accounts (the strict set). */
export const STRICT_LABEL_RULES: LabelRules = {
  keyPattern: /^([a-z][-_0-9a-z]*)$/,
  valuePattern: /^([-_0-9a-z]*)$/,
  maxKeyLength: 63,
  maxValueLength: 63,
  maxEntries: 64,
};

/** Labels of triggers: `.`, `/` and `@` are allowed too. */
export const TRIGGER_LABEL_RULES: LabelRules = {
  ...STRICT_LABEL_RULES,
  keyPattern: /^([a-z][-_./@0-9a-z]*)$/,
  valuePattern: /^([-_./@0-9a-z]*)$/,
};

/** Numeric and length limits, by what they bound. */
export const LIMITS = {
  idLength: 50,
  triggerDescriptionLength: 500,
  serviceAccountDescriptionLength: 256,
  jqFilterLength: 1024,
  jqTransformerLength: 65536,
  batchMaxCount: { min: 0, max: 1000 },
  batchMaxBytes: { min: 0, max: 65536 },
  retryAttempts: { min: 1, max: 5 },
} as const;

/** Every `event_type` string the provider accepts for a container registry source (UNSPECIFIED is accepted but meaningless). */
export const CONTAINER_REGISTRY_EVENT_TYPES: readonly string[] = [
  "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
  "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
  "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
  "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
];

/** The role that lets a service account broadcast to an API gateway's WebSocket connections. */
export const WEBSOCKET_BROADCASTER_ROLE = "api-gateway.websocketBroadcaster";

const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/;

/** True when Go's `time.ParseDuration` accepts the string (`"10s"`, `"1m30s"`, `"0"`). */
export function isGoDuration(value: string): boolean {
  return value === "0" || GO_DURATION.test(value);
}

/** IAM members are `<subject type>:<id>`; the provider fails at create without the colon. */
export function isIamMember(value: string): boolean {
  const colon = value.indexOf(":");
  return colon > 0 && colon < value.length - 1;
}

/** Describes what is wrong with one label entry, or returns undefined when it is valid. */
export function labelEntryProblem(key: string, value: string, rules: LabelRules): string | undefined {
  if (key.length < 1 || key.length > rules.maxKeyLength || !rules.keyPattern.test(key)) {
    return `key "${key}" must be 1-${rules.maxKeyLength} characters matching ${rules.keyPattern.source}`;
  }
  if (value.length > rules.maxValueLength || !rules.valuePattern.test(value)) {
    return `value "${value}" of key "${key}" must be 0-${rules.maxValueLength} characters matching ${rules.valuePattern.source}`;
  }
  return undefined;
}

/** How a change to an argument is applied by the provider. */
export enum ReplaceRule {
  /** Any change destroys and recreates the resource (RequiresReplace / ForceNew). */
  ALWAYS = "always",
  /**
   * A change to a value that is set in the configuration replaces; removing it does not
   * (RequiresReplaceIfConfigured, or ForceNew on an optional+computed argument).
   */
  IF_CONFIGURED = "if-configured",
}

/** Arguments whose change replaces the resource, per type (provider 0.222.0); every other argument updates in place. */
export const REPLACING_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, ReplaceRule>>>> = {
  yandex_serverless_triggers: { folder_id: ReplaceRule.IF_CONFIGURED },
  yandex_container_registry: { folder_id: ReplaceRule.IF_CONFIGURED },
  yandex_iam_service_account: { folder_id: ReplaceRule.IF_CONFIGURED },
  yandex_api_gateway: { folder_id: ReplaceRule.IF_CONFIGURED },
  yandex_resourcemanager_folder_iam_member: { folder_id: ReplaceRule.ALWAYS, role: ReplaceRule.ALWAYS, member: ReplaceRule.ALWAYS },
  yandex_api_gateway_iam_member: { api_gateway_id: ReplaceRule.ALWAYS, role: ReplaceRule.ALWAYS, member: ReplaceRule.ALWAYS },
  yandex_iam_service_account_iam_member: { service_account_id: ReplaceRule.ALWAYS, role: ReplaceRule.ALWAYS, member: ReplaceRule.ALWAYS },
};

/** Resource types that cannot be deleted while they hold data, so a destroy fails halfway through an apply. */
export const STATEFUL_TYPES: Readonly<Record<string, string>> = {
  yandex_container_registry: "a registry can only be deleted when it holds no images",
};
