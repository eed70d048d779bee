import * as fs from "fs";
import * as path from "path";
import {
  DATA_SOURCE_TYPES_IN_USE,
  loadPinnedSchemaDocument,
  pinnedSchemaFileName,
  providerSchemaDir,
  RESOURCE_TYPES_IN_USE,
  YANDEX_PROVIDER_SOURCE,
  YANDEX_PROVIDER_VERSION,
} from "../../lib/provider-schema";
import { formatSchemaDocument } from "../../tools/schema/trim";

const root = path.resolve(__dirname, "../..");

describe("pinned provider schema", () => {
  test("holds exactly the types in use, with the pinned version", () => {
    const doc = loadPinnedSchemaDocument();
    const yandex = doc.provider_schemas[YANDEX_PROVIDER_SOURCE];
    expect(Object.keys(yandex.resource_schemas!).sort()).toEqual([...RESOURCE_TYPES_IN_USE].sort());
    expect(Object.keys(yandex.data_source_schemas!).sort()).toEqual([...DATA_SOURCE_TYPES_IN_USE].sort());
    expect(doc.provider_versions).toEqual({ [YANDEX_PROVIDER_SOURCE]: YANDEX_PROVIDER_VERSION });
  });

  test("is committed in its canonical form (sorted, pretty-printed)", () => {
    const file = path.join(providerSchemaDir(), pinnedSchemaFileName());
    expect(fs.readFileSync(file, "utf8")).toBe(formatSchemaDocument(loadPinnedSchemaDocument()));
  });

  test("cdktf.json pins the same provider version", () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, "cdktf.json"), "utf8")) as { terraformProviders: string[] };
    expect(config.terraformProviders).toEqual([`yandex-cloud/yandex@${YANDEX_PROVIDER_VERSION}`]);
  });
});
