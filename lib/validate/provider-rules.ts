/**
 * Facts about the yandex provider (0.222.0) that tools read: which argument changes replace a
 * resource, which types hold data, the broadcaster role. The value rules the JSON schema cannot
 * express live one a file in `./rules`.
 */

import { SERVICE_ACCOUNT_DESCRIPTION_LENGTH, TRIGGER_DESCRIPTION_LENGTH } from "./rules/description-length";
import { ID_LENGTH } from "./rules/id-length";
import { BATCH_MAX_BYTES, BATCH_MAX_COUNT } from "./rules/trigger-batch-size";
import { JQ_FILTER_LENGTH, JQ_TRANSFORMER_LENGTH } from "./rules/trigger-jq-length";
import { RETRY_ATTEMPTS } from "./rules/trigger-retry-policy";
import { AttributePlanFacts, PROVIDER_PLAN_FACTS, TypePlanFacts } from "./provider-plan-facts";

/** Numeric and length limits, by what they bound; each is defined in the rule that checks it (lengths with their unit). */
export const LIMITS = {
  idLength: ID_LENGTH,
  triggerDescriptionLength: TRIGGER_DESCRIPTION_LENGTH,
  serviceAccountDescriptionLength: SERVICE_ACCOUNT_DESCRIPTION_LENGTH,
  jqFilterLength: JQ_FILTER_LENGTH,
  jqTransformerLength: JQ_TRANSFORMER_LENGTH,
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

/** The rule of one attribute's own plan modifiers or ForceNew, if it has one. */
function ownReplaceRule(facts: TypePlanFacts, attribute: AttributePlanFacts): ReplaceRule | undefined {
  if (facts.implementation === "sdkv2") {
    if (!attribute.forceNew) return undefined;
    // an unset optional+computed argument keeps its prior value, so only a configured one can differ
    return attribute.optional && attribute.computed ? ReplaceRule.IF_CONFIGURED : ReplaceRule.ALWAYS;
  }
  if (attribute.planModifiers.includes("RequiresReplace")) return ReplaceRule.ALWAYS;
  if (attribute.planModifiers.includes("RequiresReplaceIfConfigured")) return ReplaceRule.IF_CONFIGURED;
  return undefined;
}

/**
 * The attributes of a framework type that make ANY change replace it: computed, with RequiresReplace
 * and no UseStateForUnknown before it. On every update the framework marks the computed attributes the
 * configuration leaves null unknown (MarkComputedNilsAsUnknown, terraform-plugin-framework
 * internal/fwserver/server_planresourcechange.go), and RequiresReplace fires on a value that differs
 * from the state; nothing configures such an attribute, so it is always unknown, and always differs.
 */
export function anyChangeReplacers(type: string): string[] {
  const facts = PROVIDER_PLAN_FACTS[type];
  if (facts?.implementation !== "framework") return [];
  return Object.entries(facts.attributes)
    .filter(([, a]) => {
      const replace = a.planModifiers.indexOf("RequiresReplace");
      const keep = a.planModifiers.indexOf("UseStateForUnknown");
      return a.computed && replace >= 0 && (keep < 0 || keep > replace);
    })
    .map(([name]) => name);
}

/** The attributes of `type` that carry a replace rule of their own (a plan modifier or ForceNew), as the provider reports them. */
export function ownReplaceRules(type: string): Readonly<Record<string, ReplaceRule>> {
  const facts = PROVIDER_PLAN_FACTS[type];
  const out: Record<string, ReplaceRule> = {};
  for (const [name, attribute] of Object.entries(facts?.attributes ?? {})) {
    const rule = ownReplaceRule(facts, attribute);
    if (rule !== undefined) out[name] = rule;
  }
  return out;
}

function replacingArguments(type: string, facts: TypePlanFacts): Readonly<Record<string, ReplaceRule>> {
  if (anyChangeReplacers(type).length === 0) return ownReplaceRules(type);
  const configurable = Object.entries(facts.attributes).filter(([, a]) => a.required || a.optional);
  return Object.fromEntries(configurable.map(([name]) => [name, ReplaceRule.ALWAYS]));
}

/**
 * Arguments whose change replaces the resource, per type, derived from the provider's plan facts
 * (provider-plan-facts.ts, generated from its source); every other argument updates in place.
 */
export const REPLACING_ARGUMENTS: Readonly<Record<string, Readonly<Record<string, ReplaceRule>>>> = Object.fromEntries(
  Object.entries(PROVIDER_PLAN_FACTS).map(([type, facts]) => [type, replacingArguments(type, facts)]),
);

/** Resource types that cannot be deleted while they hold data, so a destroy fails halfway through an apply. */
export const STATEFUL_TYPES: Readonly<Record<string, string>> = {
  yandex_container_registry: "a registry can only be deleted when it holds no images",
};
