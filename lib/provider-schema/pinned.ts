import * as fs from "fs";
import * as path from "path";
import { ProviderSchema, ProviderSchemaDocument } from "./schema-types";

/** Source address of the yandex provider, as Terraform spells it in schema documents. */
export const YANDEX_PROVIDER_SOURCE = "registry.terraform.io/yandex-cloud/yandex";

/** The pinned provider version; `cdktf.json` and the schema file name must agree with it. */
export const YANDEX_PROVIDER_VERSION = "0.222.0";

/** Resource types the library emits; the pinned schema holds exactly these. */
export const RESOURCE_TYPES_IN_USE: readonly string[] = [
  "yandex_api_gateway",
  "yandex_api_gateway_iam_member",
  "yandex_container_registry",
  "yandex_iam_service_account",
  "yandex_resourcemanager_folder_iam_member",
  "yandex_serverless_triggers",
];

/** Data source types the library reads; the pinned schema holds exactly these. */
export const DATA_SOURCE_TYPES_IN_USE: readonly string[] = ["yandex_api_gateway"];

/** The `provider-schemas/` directory, found by walking up from this file (works from `lib/` and from compiled output). */
export function providerSchemaDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "provider-schemas");
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find a provider-schemas/ directory above ${__dirname}.`);
    dir = parent;
  }
}

/** File name cdktf's schema cache looks for: `<provider name>@<version>.json`. */
export function pinnedSchemaFileName(): string {
  return `yandex@${YANDEX_PROVIDER_VERSION}.json`;
}

let cached: ProviderSchemaDocument | undefined;

/** The pinned schema document, read once per process. */
export function loadPinnedSchemaDocument(): ProviderSchemaDocument {
  cached ??= JSON.parse(fs.readFileSync(path.join(providerSchemaDir(), pinnedSchemaFileName()), "utf8")) as ProviderSchemaDocument;
  return cached;
}

/** The yandex provider's schemas from the pinned document. */
export function loadPinnedProviderSchema(): ProviderSchema {
  return loadPinnedSchemaDocument().provider_schemas[YANDEX_PROVIDER_SOURCE];
}
