import { FindingKind, Severity } from "../findings";
import { AppResource, AppRule, cloudText, folderText, reportDuplicates, where } from "./app-rule";

/** Where trigger names are scoped to the folder. */
export const TRIGGER_NAME_SCOPE_SOURCE =
  "cloudapi serverless/triggers/v2/trigger_service.proto (CreateTriggerRequest.name: unique within the folder)";
/** Where API gateway names are scoped to the folder. */
export const GATEWAY_NAME_SCOPE_SOURCE =
  "cloudapi serverless/apigateway/v1/apigateway_service.proto (CreateApiGatewayRequest.name: unique within the folder)";
/** Where service account names are scoped to the cloud. */
export const SERVICE_ACCOUNT_NAME_SCOPE_SOURCE =
  "cloudapi iam/v1/service_account_service.proto (CreateServiceAccountRequest.name: unique within the cloud)";

const named = (r: AppResource) => (typeof r.body.name === "string" && r.body.name !== "" ? r.body.name : undefined);

function folderScope(id: string, type: string, what: string, source: string): AppRule {
  return {
    id,
    rationale: `Yandex refuses a second ${what} with the same name in one folder, so the create fails at apply.`,
    kind: FindingKind.API,
    severity: Severity.ERROR,
    source,
    check(resources, report) {
      reportDuplicates(
        resources,
        type,
        (r) => (named(r) === undefined ? undefined : JSON.stringify([r.folder, named(r)])),
        (r, first) =>
          `${what} name ${JSON.stringify(named(r))} in ${folderText(r.folder)} is also used by ${where(first)}; ` +
          `names are unique per folder: give one of them another name`,
        report,
      );
    },
  };
}

/** YC-TRIGGER-NAME-SCOPE: trigger names are unique per folder. */
export const TRIGGER_NAME_SCOPE_RULE = folderScope("YC-TRIGGER-NAME-SCOPE", "yandex_serverless_triggers", "trigger", TRIGGER_NAME_SCOPE_SOURCE);

/** YC-GATEWAY-NAME-SCOPE: API gateway names are unique per folder. */
export const GATEWAY_NAME_SCOPE_RULE = folderScope("YC-GATEWAY-NAME-SCOPE", "yandex_api_gateway", "API gateway", GATEWAY_NAME_SCOPE_SOURCE);

/** YC-SERVICE-ACCOUNT-NAME-SCOPE: service account names are unique per cloud, across its folders. */
export const SERVICE_ACCOUNT_NAME_SCOPE_RULE: AppRule = {
  id: "YC-SERVICE-ACCOUNT-NAME-SCOPE",
  rationale: "Service account names are unique in the whole cloud, not the folder, so a second one fails at apply.",
  kind: FindingKind.API,
  severity: Severity.ERROR,
  source: SERVICE_ACCOUNT_NAME_SCOPE_SOURCE,
  check(resources, report) {
    reportDuplicates(
      resources,
      "yandex_iam_service_account",
      (r) => (named(r) === undefined ? undefined : JSON.stringify([r.cloud, named(r)])),
      (r, first) =>
        `service account name ${JSON.stringify(named(r))} is also used by ${where(first)} in ${cloudText(r.cloud)}; ` +
        `names are unique per cloud, whatever the folder: give one of them another name, or share one service account`,
      report,
    );
  },
};
