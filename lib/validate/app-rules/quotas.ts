import { FindingKind, Severity } from "../findings";
import { AppRule, cloudText, reportQuota } from "./app-rule";

/** A cloud quota: its name in Yandex's quota list, its default value, the types it counts and where it is stated. */
export interface Quota {
  readonly name: string;
  readonly limit: number;
  readonly types: readonly string[];
  readonly what: string;
  readonly source: string;
}

/** `container-registry.registries.count`: 10 registries per cloud. */
export const REGISTRY_QUOTA: Quota = {
  name: "container-registry.registries.count",
  limit: 10,
  types: ["yandex_container_registry"],
  what: "container registries",
  source: "docs en/_includes/container-registry-limits.md @ 0423c802 (Registries per cloud)",
};

/** `serverless.triggers.count`: 100 triggers per cloud, shared by API Gateway, Cloud Functions and Serverless Containers. */
export const TRIGGER_QUOTA: Quota = {
  name: "serverless.triggers.count",
  limit: 100,
  types: ["yandex_serverless_triggers", "yandex_function_trigger"],
  what: "triggers (one quota shared by API Gateway, Cloud Functions and Serverless Containers)",
  source: "docs en/_includes/functions-limits.md @ bf32c5a, en/_includes/quota-trigger-count.md @ fa44a95 (Triggers per cloud)",
};

/** `iam.serviceAccounts.count`: 100 service accounts per cloud. */
export const SERVICE_ACCOUNT_QUOTA: Quota = {
  name: "iam.serviceAccounts.count",
  limit: 100,
  types: ["yandex_iam_service_account"],
  what: "service accounts",
  source: "docs en/_includes/iam/iam-limits.md @ 0423c802 (Service accounts per cloud)",
};

/** The warning for an app that alone creates `count` resources of `quota` in one cloud. */
export function quotaWarning(quota: Quota, count: number, cloud = ""): string {
  return (
    `the app creates ${count} ${quota.what} in ${cloudText(cloud)}; the quota ${quota.name} allows ${quota.limit} per cloud ` +
    `by default, and ones that already exist count too: ask Yandex Cloud support to raise it before deploying`
  );
}

function quotaRule(id: string, quota: Quota): AppRule {
  return {
    id,
    rationale: `The default quota ${quota.name} allows ${quota.limit} per cloud; over it, creates fail at apply until it is raised.`,
    kind: FindingKind.API,
    severity: Severity.WARNING,
    source: quota.source,
    check(resources, report) {
      reportQuota(resources, quota.types, quota.limit, (count, cloud) => quotaWarning(quota, count, cloud), report);
    },
  };
}

/** YC-QUOTA-REGISTRIES: warns when the app alone exceeds the registries-per-cloud quota. */
export const REGISTRY_QUOTA_RULE = quotaRule("YC-QUOTA-REGISTRIES", REGISTRY_QUOTA);
/** YC-QUOTA-TRIGGERS: warns when the app alone exceeds the triggers-per-cloud quota. */
export const TRIGGER_QUOTA_RULE = quotaRule("YC-QUOTA-TRIGGERS", TRIGGER_QUOTA);
/** YC-QUOTA-SERVICE-ACCOUNTS: warns when the app alone exceeds the service-accounts-per-cloud quota. */
export const SERVICE_ACCOUNT_QUOTA_RULE = quotaRule("YC-QUOTA-SERVICE-ACCOUNTS", SERVICE_ACCOUNT_QUOTA);
