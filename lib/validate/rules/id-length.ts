import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { LengthLimit, lengthProblem, LengthUnit, ProviderRule, reportLength } from "./rule";
import { actions } from "./trigger-parts";

/** A folder, registry, service account or gateway id: at most 50 bytes (stringvalidator.LengthBetween(0, 50)). */
export const ID_LENGTH: LengthLimit = { min: 0, max: 50, unit: LengthUnit.BYTES };

/** What is wrong with an id given as a prop (a prop must not be empty), or undefined when `id` is one. */
export function idProblem(id: string): string | undefined {
  return id.length === 0 ? `must be a non-empty id of at most ${ID_LENGTH.max} bytes` : lengthProblem(id, ID_LENGTH);
}

/** YC-ID-LENGTH: ids the provider length-checks stay within 50 bytes. */
export const ID_LENGTH_RULE: ProviderRule = {
  id: "YC-ID-LENGTH",
  rationale: "The provider refuses a folder, gateway or service account id over 50 bytes at plan.",
  resourceTypes: ["yandex_serverless_triggers", "yandex_container_registry", "yandex_iam_service_account"],
  kind: FindingKind.PROVIDER,
  source:
    "provider 0.222.0 resource_schema.go of the trigger, registry and service account (stringvalidator.LengthBetween(0, 50); len(value), bytes)",
  check(body, report) {
    reportLength(body, "folder_id", ID_LENGTH, "", report);
    for (const { value, path } of actions(body)) {
      const broadcast = value.gateway_websocket_broadcast;
      if (!isObject(broadcast)) continue;
      const here = childPath(path, "gateway_websocket_broadcast");
      reportLength(broadcast, "gateway_id", ID_LENGTH, here, report);
      reportLength(broadcast, "service_account_id", ID_LENGTH, here, report);
    }
  },
};
