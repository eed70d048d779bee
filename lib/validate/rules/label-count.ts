import { FindingKind } from "../findings";
import { isObject } from "../values";
import { labelCountProblem, STRICT_LABEL_RULES } from "./labels";
import { known, ProviderRule } from "./rule";

/** Most labels on a trigger, registry, service account or API gateway. */
export const MAX_LABELS = STRICT_LABEL_RULES.maxEntries;

/** YC-LABEL-COUNT: a resource has at most 64 labels. */
export const LABEL_COUNT_RULE: ProviderRule = {
  id: "YC-LABEL-COUNT",
  rationale: "No provider schema counts labels, and the API refuses more than 64 on a trigger, registry, service account or gateway.",
  resourceTypes: ["yandex_serverless_triggers", "yandex_container_registry", "yandex_iam_service_account", "yandex_api_gateway"],
  kind: FindingKind.API,
  source:
    "cloudapi labels size <=64 in triggers/v2/trigger_service.proto, " +
    "containerregistry/v1/registry_service.proto, iam/v1/service_account_service.proto " +
    "and apigateway/v1/apigateway_service.proto (Create and Update requests)",
  check(body, report) {
    const labels = known(body.labels);
    if (!isObject(labels)) return;
    const problem = labelCountProblem(Object.keys(labels).length, STRICT_LABEL_RULES);
    if (problem !== undefined) report("labels", problem);
  },
};
