import { FindingKind, Severity } from "../findings";
import { AppRule, folderText, reportDuplicates, where } from "./app-rule";

/** Where "one registry per folder" is stated. */
export const REGISTRY_PER_FOLDER_SOURCE =
  "cloudapi containerregistry/v1/registry_service.proto (CreateRegistryRequest.name: only one registry per folder); " +
  "docs en/container-registry/operations/registry/registry-create.md";

/** YC-REGISTRY-PER-FOLDER: an app creates at most one container registry in a folder. */
export const REGISTRY_PER_FOLDER_RULE: AppRule = {
  id: "YC-REGISTRY-PER-FOLDER",
  rationale: "Yandex allows one container registry per folder, so a second create fails at apply, after other resources exist.",
  kind: FindingKind.API,
  severity: Severity.ERROR,
  source: REGISTRY_PER_FOLDER_SOURCE,
  check(resources, report) {
    reportDuplicates(
      resources,
      "yandex_container_registry",
      (r) => r.folder,
      (r, first) =>
        `a second container registry in ${folderText(r.folder)}; ${where(first)} already creates one there, and Yandex allows one ` +
        `registry per folder: use that registry (refer to its id) or put this one in another folder`,
      report,
    );
  },
};
