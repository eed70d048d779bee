import { Finding } from "../findings";
import { JsonObject } from "../values";
import { DESCRIPTION_LENGTH_RULE } from "./description-length";
import { GATEWAY_DESCRIPTION_RULE } from "./gateway-description";
import { GATEWAY_LIMITS_RULE } from "./gateway-documented-limits";
import { GATEWAY_EXECUTION_TIMEOUT_RULE } from "./gateway-execution-timeout";
import { GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE } from "./gateway-execution-timeout-range";
import { GATEWAY_LABELS_RULE } from "./gateway-labels";
import { GATEWAY_LOG_LEVEL_RULE } from "./gateway-log-level";
import { GATEWAY_NAME_RULE } from "./gateway-name";
import { IAM_BINDING_FIELDS_RULE } from "./iam-binding-fields";
import { IAM_MEMBER_RULE } from "./iam-member";
import { ID_LENGTH_RULE } from "./id-length";
import { LABEL_COUNT_RULE } from "./label-count";
import { LABELS_RULE } from "./labels";
import { RESOURCE_NAME_RULE } from "./resource-name";
import { ProviderRule } from "./rule";
import { SERVICE_ACCOUNT_EXPIRES_AT_RULE } from "./service-account-expires-at";
import { SERVICE_ACCOUNT_EXPIRES_AT_RANGE_RULE } from "./service-account-expires-at-range";
import { SERVICE_ACCOUNT_NAME_RULE } from "./service-account-name";
import { TRIGGER_ACTION_RULE } from "./trigger-action";
import { TRIGGER_BATCH_CUTOFF_RULE } from "./trigger-batch-cutoff";
import { TRIGGER_BATCH_SETTINGS_RULE } from "./trigger-batch-settings";
import { TRIGGER_BATCH_SIZE_RULE } from "./trigger-batch-size";
import { TRIGGER_BROADCAST_RULE } from "./trigger-broadcast";
import { TRIGGER_EVENT_TYPES_RULE } from "./trigger-event-types";
import { TRIGGER_IMAGE_NAME_RULE } from "./trigger-image-name";
import { TRIGGER_JQ_LENGTH_RULE } from "./trigger-jq-length";
import { TRIGGER_JQ_REQUIRED_RULE } from "./trigger-jq-required";
import { TRIGGER_JQ_SYNTAX_RULE } from "./trigger-jq-syntax";
import { TRIGGER_RETRY_INTERVAL_RULE } from "./trigger-retry-interval";
import { TRIGGER_RETRY_POLICY_RULE } from "./trigger-retry-policy";
import { TRIGGER_SOURCE_RULE } from "./trigger-source";
import { TRIGGER_TAG_RULE } from "./trigger-tag";
import { TRIGGER_TIMEOUTS_RULE } from "./trigger-timeouts";

export * from "./description-length";
export * from "./gateway-description";
export * from "./gateway-documented-limits";
export * from "./gateway-execution-timeout";
export * from "./gateway-execution-timeout-range";
export * from "./gateway-labels";
export * from "./gateway-log-level";
export * from "./gateway-name";
export * from "./iam-binding-fields";
export * from "./iam-member";
export * from "./id-length";
export * from "./label-count";
export * from "./labels";
export * from "./resource-name";
export * from "./rule";
export * from "./service-account-expires-at";
export * from "./service-account-expires-at-range";
export * from "./service-account-name";
export * from "./trigger-action";
export * from "./trigger-batch-cutoff";
export * from "./trigger-batch-settings";
export * from "./trigger-batch-size";
export * from "./trigger-broadcast";
export * from "./trigger-event-types";
export * from "./trigger-image-name";
export * from "./trigger-jq-length";
export * from "./trigger-jq-required";
export * from "./trigger-jq-syntax";
export * from "./trigger-retry-interval";
export * from "./trigger-retry-policy";
export * from "./trigger-source";
export * from "./trigger-tag";
export * from "./trigger-timeouts";

/** Every provider and API rule the offline checker runs over resource bodies, in the order findings are reported. */
export const PROVIDER_RULES: readonly ProviderRule[] = [
  RESOURCE_NAME_RULE,
  SERVICE_ACCOUNT_NAME_RULE,
  DESCRIPTION_LENGTH_RULE,
  ID_LENGTH_RULE,
  LABELS_RULE,
  TRIGGER_TIMEOUTS_RULE,
  TRIGGER_SOURCE_RULE,
  TRIGGER_EVENT_TYPES_RULE,
  TRIGGER_IMAGE_NAME_RULE,
  TRIGGER_TAG_RULE,
  TRIGGER_BATCH_CUTOFF_RULE,
  TRIGGER_BATCH_SIZE_RULE,
  TRIGGER_ACTION_RULE,
  TRIGGER_BROADCAST_RULE,
  TRIGGER_JQ_LENGTH_RULE,
  TRIGGER_RETRY_POLICY_RULE,
  SERVICE_ACCOUNT_EXPIRES_AT_RULE,
  IAM_MEMBER_RULE,
  GATEWAY_EXECUTION_TIMEOUT_RULE,
  // The API's own rules, which the provider lets through to apply.
  LABEL_COUNT_RULE,
  TRIGGER_BATCH_SETTINGS_RULE,
  TRIGGER_RETRY_INTERVAL_RULE,
  TRIGGER_JQ_REQUIRED_RULE,
  TRIGGER_JQ_SYNTAX_RULE,
  SERVICE_ACCOUNT_EXPIRES_AT_RANGE_RULE,
  IAM_BINDING_FIELDS_RULE,
  GATEWAY_NAME_RULE,
  GATEWAY_DESCRIPTION_RULE,
  GATEWAY_LABELS_RULE,
  GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE,
  GATEWAY_LOG_LEVEL_RULE,
  GATEWAY_LIMITS_RULE,
];

/** Runs every provider rule that applies to `type` over one resource body; types no rule reads yield nothing. */
export function checkProviderRules(address: string, type: string, body: JsonObject, rules: readonly ProviderRule[] = PROVIDER_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.resourceTypes.includes(type)) continue;
    rule.check(body, (path, message, kind = rule.kind) => findings.push({ address, path, message, kind, rule: rule.id }), type);
  }
  return findings;
}
