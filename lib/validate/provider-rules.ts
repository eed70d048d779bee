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
import { AttributePlanFacts, TypePlanFacts } from "./plan-facts";
import { PROVIDER_PLAN_FACTS } from "./provider-plan-facts";

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

/** What a framework attribute's plan modifiers make of it when the configuration leaves it null and the resource changes. */
export interface UnconfiguredComputedPlan {
  /** The planned value is the prior one (UseStateForUnknown put it back); otherwise it is unknown. */
  readonly keepsPrior: boolean;
  /** A RequiresReplace ran while the value was still unknown: the resource is replaced. */
  readonly replaces: boolean;
}

/**
 * How terraform-plugin-framework (v1.14.1) plans a computed attribute the configuration leaves null,
 * on an update that changes the resource. It marks the value unknown (MarkComputedNilsAsUnknown,
 * internal/fwserver/server_planresourcechange.go), then runs the attribute's plan modifiers in their
 * order, each given the plan value the one before left (AttributePlanModifyString,
 * internal/fwserver/attribute_plan_modification.go): UseStateForUnknown puts a non-null prior value
 * back, RequiresReplace asks for a replace when the value it is given differs from the state (an
 * unknown always does), and a replace once asked for stays. So UseStateForUnknown anywhere keeps
 * the prior value, but prevents the replace only when it runs before RequiresReplace.
 */
export function planUnconfiguredComputed(planModifiers: readonly string[], hasPrior: boolean): UnconfiguredComputedPlan {
  let unknown = true;
  let replaces = false;
  for (const modifier of planModifiers) {
    if (modifier === "UseStateForUnknown" && hasPrior) unknown = false;
    if (modifier === "RequiresReplace" && unknown) replaces = true;
  }
  return { keepsPrior: !unknown, replaces };
}

/**
 * The attributes of a framework type that make ANY change replace it: computed ones whose plan
 * modifiers replace when the configuration leaves them null (planUnconfiguredComputed). Nothing
 * configures such an attribute, so every change marks it unknown, and it differs from the state.
 */
export function anyChangeReplacers(type: string): string[] {
  const facts = PROVIDER_PLAN_FACTS[type];
  if (facts?.implementation !== "framework") return [];
  return Object.entries(facts.attributes)
    .filter(([, a]) => a.computed && planUnconfiguredComputed(a.planModifiers, true).replaces)
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
