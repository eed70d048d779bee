// The shape of lib/validate/provider-plan-facts.ts, which tools/provider-oracle generates.

/** How the provider plans one top-level attribute of a resource: its flags, and its plan modifiers in the order they run. */
export interface AttributePlanFacts {
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  /** SDKv2 `ForceNew`. */
  readonly forceNew: boolean;
  /** Framework plan modifiers by name: `RequiresReplace`, `RequiresReplaceIfConfigured`, `UseStateForUnknown`, ... */
  readonly planModifiers: readonly string[];
}

/** How the provider plans one resource type. */
export interface TypePlanFacts {
  /** `framework` (terraform-plugin-framework) or `sdkv2` (terraform-plugin-sdk/v2): they plan updates differently. */
  readonly implementation: "framework" | "sdkv2";
  /** The provider file that defines the schema. */
  readonly file: string;
  readonly attributes: Readonly<Record<string, AttributePlanFacts>>;
}
