import { ProviderSchema, SchemaBlock } from "../../lib/provider-schema/schema-types";
import { Finding } from "../../lib/validate/findings";
import { checkProviderRules } from "../../lib/validate/rules";
import { PROVIDER_PLAN_FACTS } from "../../lib/validate/provider-plan-facts";
import { ownReplaceRules, planUnconfiguredComputed, ReplaceRule } from "../../lib/validate/provider-rules";
import { JsonObject } from "../../lib/validate/values";
import { CtyObject, CtyValue, decodeMsgpack, encodeMsgpack, mapBlock, planBlock, settleBlock, stableText, toCheckable, UNKNOWN } from "./cty";
import { ExistingStore } from "./existing";
import { ProtoSchema, toProtoSchema } from "./schema-proto";

/** A protocol diagnostic. */
export interface Diagnostic {
  severity: 1 | 2;
  summary: string;
  detail: string;
  attribute?: AttributePath;
}

/** A protocol attribute path. */
export interface AttributePath {
  steps: Array<{ attribute_name?: string; element_key_string?: string; element_key_int?: number }>;
}

interface DynamicValue {
  msgpack?: Uint8Array;
}

/**
 * The stand-in provider's behaviour, independent of gRPC: it serves the pinned schema, reports
 * the provider's own rules as diagnostics, plans without a cloud (computed values unknown,
 * replacements per the provider's rules) and "applies" or reads with deterministic placeholders.
 */
export class OfflineProvider {
  public constructor(
    private readonly schema: ProviderSchema,
    /** Objects that exist before the plan (`--existing`): importable, and what reads of them return. */
    private readonly existing?: ExistingStore,
  ) {}

  /** GetProviderSchema. */
  public getProviderSchema(): {
    provider: ProtoSchema;
    resource_schemas: Record<string, ProtoSchema>;
    data_source_schemas: Record<string, ProtoSchema>;
    diagnostics: Diagnostic[];
    server_capabilities: { plan_destroy: boolean };
  } {
    const convert = (all: Record<string, { version: number; block: SchemaBlock }> = {}) =>
      Object.fromEntries(Object.entries(all).map(([k, v]) => [k, toProtoSchema(v)]));
    return {
      provider: toProtoSchema(this.schema.provider),
      resource_schemas: convert(this.schema.resource_schemas),
      data_source_schemas: convert(this.schema.data_source_schemas),
      diagnostics: [],
      server_capabilities: { plan_destroy: false },
    };
  }

  /** ValidateResourceConfig: the provider's validators and the API's required fields, with attribute paths. */
  public validateResourceConfig(typeName: string, config: DynamicValue | undefined): { diagnostics: Diagnostic[] } {
    const value = toCheckable(decodeMsgpack(config?.msgpack ?? new Uint8Array())) as JsonObject;
    return { diagnostics: checkProviderRules(typeName, typeName, value).map((f) => this.toDiagnostic(typeName, f)) };
  }

  /** PlanResourceChange: computed nulls become unknown; replacing arguments are reported. */
  public planResourceChange(typeName: string, prior: DynamicValue | undefined, proposed: DynamicValue | undefined, config: DynamicValue | undefined) {
    const block = this.resourceBlock(typeName);
    const proposedValue = decodeMsgpack(proposed?.msgpack ?? new Uint8Array());
    if (proposedValue === null) return { planned_state: { msgpack: encodeMsgpack(null) }, requires_replace: [], diagnostics: [] };
    const priorValue = decodeMsgpack(prior?.msgpack ?? new Uint8Array()) as CtyObject | null;
    const configValue = decodeMsgpack(config?.msgpack ?? new Uint8Array()) as CtyObject | null;
    // On create, whatever the cloud computes is unknown; on update, Terraform's proposed state
    // already carries the prior computed values, which an SDKv2 type keeps and a framework type
    // marks unknown (see markComputedNilsUnknown).
    const { planned, replacing } =
      priorValue === null
        ? { planned: planBlock(block, proposedValue) as CtyObject, replacing: new Set<string>() }
        : markComputedNilsUnknown(typeName, proposedValue as CtyObject, priorValue, configValue);
    const requiresReplace: AttributePath[] = [];
    if (priorValue !== null) {
      for (const [name, rule] of Object.entries(ownReplaceRules(typeName))) {
        const configured = configValue?.[name] ?? null;
        if (rule === ReplaceRule.IF_CONFIGURED && configured === null) continue;
        // a RequiresReplace that ran before UseStateForUnknown put the prior value back still replaces
        const replaces = replacing.has(name) || stableText(priorValue[name] ?? null) !== stableText(planned[name] ?? null);
        if (replaces) requiresReplace.push({ steps: [{ attribute_name: name }] });
      }
    }
    return { planned_state: { msgpack: encodeMsgpack(planned) }, requires_replace: requiresReplace, diagnostics: [] };
  }

  /**
   * ApplyResourceChange: what the plan left unknown gets deterministic placeholders; nothing
   * reaches a cloud. An existing object the apply updates or destroys changes in the store too.
   */
  public applyResourceChange(typeName: string, planned: DynamicValue | undefined, prior?: DynamicValue) {
    const value = decodeMsgpack(planned?.msgpack ?? new Uint8Array());
    const priorId = idOf(decodeMsgpack(prior?.msgpack ?? new Uint8Array()));
    const known = value === null ? null : (settleBlock(this.resourceBlock(typeName), value, `${typeName}:${stableText(value)}`, false) as CtyObject);
    if (priorId !== undefined) this.existing?.update(typeName, priorId, known);
    return { new_state: { msgpack: encodeMsgpack(known) }, diagnostics: [] };
  }

  /**
   * ReadResource: an existing object reads as it is in the store; any other state is what was
   * applied, as there is no cloud to refresh it from.
   */
  public readResource(typeName: string, current: DynamicValue | undefined) {
    const state = decodeMsgpack(current?.msgpack ?? new Uint8Array());
    const id = idOf(state);
    const stored = id === undefined ? undefined : this.existing?.get(typeName, id);
    return { new_state: { msgpack: encodeMsgpack(stored ? this.shaped(typeName, stored) : state) }, diagnostics: [] };
  }

  /**
   * ImportResourceState: an existing object of the type with that id is imported as its id alone,
   * as the provider's importers do; the read that follows fills in the rest.
   */
  public importResourceState(typeName: string, id: string) {
    if (!this.existing?.get(typeName, id)) {
      return {
        imported_resources: [],
        diagnostics: [
          error(
            "Cannot import non-existent remote object",
            `The offline stand-in has no existing ${typeName} with id ${JSON.stringify(id)}: give its yc JSON with --existing FILE.`,
          ),
        ],
      };
    }
    return { imported_resources: [{ type_name: typeName, state: { msgpack: encodeMsgpack(this.shaped(typeName, { id })) } }], diagnostics: [] };
  }

  /** ReadDataSource: computed attributes get deterministic placeholders, with a warning that they are not real. */
  public readDataSource(typeName: string, config: DynamicValue | undefined) {
    const block = this.schema.data_source_schemas?.[typeName]?.block;
    if (!block) return { diagnostics: [error(`Unknown data source type ${typeName}`, "The pinned schema has no such data source.")] };
    const value = decodeMsgpack(config?.msgpack ?? new Uint8Array());
    const state = settleBlock(block, value, `data.${typeName}:${stableText(value)}`, true);
    return {
      state: { msgpack: encodeMsgpack(state) },
      diagnostics: [
        {
          severity: 2 as const,
          summary: `Offline placeholders for data.${typeName}`,
          detail:
            "The offline stand-in provider cannot reach Yandex Cloud: every computed attribute of this data source " +
            "is a deterministic placeholder, not the real value.",
        },
      ],
    };
  }

  /** UpgradeResourceState: state written by this stand-in is already in the current shape. */
  public upgradeResourceState(typeName: string, rawJson: Uint8Array | undefined) {
    const value = JSON.parse(Buffer.from(rawJson ?? []).toString("utf8") || "null") as CtyValue;
    const shaped = settleBlock(this.resourceBlock(typeName), value, typeName, false);
    return { upgraded_state: { msgpack: encodeMsgpack(shaped) }, diagnostics: [] };
  }

  /** A value with every attribute and block of the type's schema (null where the value has none). */
  private shaped(typeName: string, value: CtyObject): CtyValue {
    return mapBlock(this.resourceBlock(typeName), value, (_attribute, v) => v);
  }

  private resourceBlock(typeName: string): SchemaBlock {
    const block = this.schema.resource_schemas?.[typeName]?.block;
    if (!block) throw new Error(`unknown resource type ${typeName}`);
    return block;
  }

  private toDiagnostic(typeName: string, finding: Finding): Diagnostic {
    return error(
      finding.message,
      `${typeName}: ${finding.path || "(resource)"}: ${finding.message} [${finding.kind}, checked offline by the stand-in provider]`,
      toAttributePath(finding.path),
    );
  }
}

/**
 * What the framework does to a changed resource's plan: every computed top-level attribute the
 * configuration leaves null is planned as its plan modifiers make it (planUnconfiguredComputed):
 * unknown, or the prior value UseStateForUnknown put back. Returns the plan and the attributes
 * whose RequiresReplace fired on the unknown (the IAM members' `id`).
 */
function markComputedNilsUnknown(
  typeName: string,
  proposed: CtyObject,
  prior: CtyObject,
  config: CtyObject | null,
): { readonly planned: CtyObject; readonly replacing: ReadonlySet<string> } {
  const facts = PROVIDER_PLAN_FACTS[typeName];
  const replacing = new Set<string>();
  if (facts?.implementation !== "framework" || stableText(proposed) === stableText(prior)) return { planned: proposed, replacing };
  const planned: CtyObject = { ...proposed };
  for (const [name, attribute] of Object.entries(facts.attributes)) {
    if (!attribute.computed || (config?.[name] ?? null) !== null) continue;
    const plan = planUnconfiguredComputed(attribute.planModifiers, (prior[name] ?? null) !== null);
    planned[name] = plan.keepsPrior ? (prior[name] ?? null) : UNKNOWN;
    if (plan.replaces) replacing.add(name);
  }
  return { planned, replacing };
}

function idOf(state: CtyValue): string | undefined {
  const id = state !== null && typeof state === "object" && !Array.isArray(state) ? (state as CtyObject).id : undefined;
  return typeof id === "string" ? id : undefined;
}

function error(summary: string, detail: string, attribute?: AttributePath): Diagnostic {
  return { severity: 1, summary, detail, ...(attribute && { attribute }) };
}

/** `source.container_registry.event_type[0]` / `labels.<key>` as protocol steps. */
export function toAttributePath(path: string): AttributePath | undefined {
  if (!path) return undefined;
  const steps: AttributePath["steps"] = [];
  const labels = /^labels\.(.+)$/.exec(path);
  if (labels) return { steps: [{ attribute_name: "labels" }, { element_key_string: labels[1] }] };
  for (const part of path.split(".")) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return { steps };
    steps.push({ attribute_name: m[1] });
    for (const index of m[2].matchAll(/\[(\d+)\]/g)) steps.push({ element_key_int: Number(index[1]) });
  }
  return { steps };
}
