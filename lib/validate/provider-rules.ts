/**
 * Facts about the yandex provider (0.222.0) that tools read: which argument changes replace a
 * resource, which types hold data, the broadcaster role. The value rules the JSON schema cannot
 * express live one a file in `./rules`.
 */

import { TRIGGER_DESCRIPTION_MAX_LENGTH, SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH } from "./rules/description-length";
import { ID_MAX_LENGTH } from "./rules/id-length";
import { BATCH_MAX_BYTES, BATCH_MAX_COUNT } from "./rules/trigger-batch-size";
import { JQ_FILTER_MAX_LENGTH, JQ_TRANSFORMER_MAX_LENGTH } from "./rules/trigger-jq-length";
import { RETRY_ATTEMPTS } from "./rules/trigger-retry-policy";

/** Numeric and length limits, by what they bound; each is defined in the rule that checks it. */
export const LIMITS = {
  idLength: ID_MAX_LENGTH,
  triggerDescriptionLength: TRIGGER_DESCRIPTION_MAX_LENGTH,
  serviceAccountDescriptionLength: SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH,
  jqFilterLength: JQ_FILTER_MAX_LENGTH,
  jqTransformerLength: JQ_TRANSFORMER_MAX_LENGTH,
  batchMaxCount: BATCH_MAX_COUNT,
  batchMaxBytes: BATCH_MAX_BYTES,
  retryAttempts: RETRY_ATTEMPTS,
} as const;

/** The role that lets a service account broadcast to an API gateway's WebSocket connections. */
export const WEBSOCKET_BROADCASTER_ROLE = "api-gateway.websocketBroadcaster";

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
