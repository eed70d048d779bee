import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { ProviderRule, reportMaxLength } from "./rule";
import { actions } from "./trigger-parts";

/** Most characters in a folder, registry, service account or gateway id. */
export const ID_MAX_LENGTH = 50;

/** What is allowed for an id given as a prop, or undefined when `id` is one. */
export function idProblem(id: string): string | undefined {
  return id.length === 0 || id.length > ID_MAX_LENGTH ? `must be a non-empty id of at most ${ID_MAX_LENGTH} characters` : undefined;
}

/** YC-ID-LENGTH: ids the provider length-checks stay within 50 characters. */
export const ID_LENGTH_RULE: ProviderRule = {
  id: "YC-ID-LENGTH",
  rationale: "The provider refuses a folder, gateway or service account id over 50 characters.",
  resourceTypes: ["yandex_serverless_triggers", "yandex_container_registry", "yandex_iam_service_account"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 resource_schema.go of the trigger, registry and service account (stringvalidator.LengthBetween(0, 50))",
  check(body, report) {
    reportMaxLength(body, "folder_id", ID_MAX_LENGTH, "", report);
    for (const { value, path } of actions(body)) {
      const broadcast = value.gateway_websocket_broadcast;
      if (!isObject(broadcast)) continue;
      const here = childPath(path, "gateway_websocket_broadcast");
      reportMaxLength(broadcast, "gateway_id", ID_MAX_LENGTH, here, report);
      reportMaxLength(broadcast, "service_account_id", ID_MAX_LENGTH, here, report);
    }
  },
};
