// Generated from the provider's own source (terraform-provider-yandex v0.222.0, read with go/parser by
// tools/provider-oracle): `npm run provider:facts`. Do not edit; regenerate.

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

/** The plan facts of every resource type the oracle reads, by type. */
export const PROVIDER_PLAN_FACTS: Readonly<Record<string, TypePlanFacts>> = {
  yandex_serverless_triggers: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_serverless_triggers/resource_schema.go",
    attributes: {
      action: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown", "NilRelaxedList"],
      },
      created_at: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      description: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      folder_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplaceIfConfigured", "UseStateForUnknown"],
      },
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      labels: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown", "NilRelaxedMap"],
      },
      name: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      source: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      status: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      timeouts: {
        required: false,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      trigger_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
    },
  },
  yandex_container_registry: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_container_registry/resource_schema.go",
    attributes: {
      created_at: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      folder_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplaceIfConfigured", "UseStateForUnknown"],
      },
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      labels: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown", "NilRelaxedMap"],
      },
      name: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      registry_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      status: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      timeouts: {
        required: false,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
  yandex_iam_service_account: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_iam_service_account/resource_schema.go",
    attributes: {
      created_at: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      description: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      expires_at: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      folder_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplaceIfConfigured", "UseStateForUnknown"],
      },
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      labels: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown", "NilRelaxedMap"],
      },
      name: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      service_account_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["UseStateForUnknown"],
      },
      status: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      timeouts: {
        required: false,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
  yandex_resourcemanager_folder_iam_member: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_resourcemanager_folder_iam_member/resource.go",
    attributes: {
      folder_id: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      member: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      role: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      sleep_after: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
  yandex_api_gateway_iam_member: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_api_gateway_iam_member/resource.go",
    attributes: {
      api_gateway_id: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      member: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      role: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      sleep_after: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
  yandex_iam_service_account_iam_member: {
    implementation: "framework",
    file: "yandex-framework/gen/yandex/yandex_iam_service_account_iam_member/resource.go",
    attributes: {
      id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      member: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      role: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      service_account_id: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: ["RequiresReplace"],
      },
      sleep_after: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
  yandex_api_gateway: {
    implementation: "sdkv2",
    file: "yandex/resource_yandex_api_gateway.go",
    attributes: {
      canary: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      connectivity: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      created_at: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      custom_domains: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      description: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      domain: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      execution_timeout: {
        required: false,
        optional: true,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      folder_id: {
        required: false,
        optional: true,
        computed: true,
        forceNew: true,
        planModifiers: [],
      },
      labels: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      log_group_id: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      log_options: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      name: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      spec: {
        required: true,
        optional: false,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
      status: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      user_domains: {
        required: false,
        optional: false,
        computed: true,
        forceNew: false,
        planModifiers: [],
      },
      variables: {
        required: false,
        optional: true,
        computed: false,
        forceNew: false,
        planModifiers: [],
      },
    },
  },
};
