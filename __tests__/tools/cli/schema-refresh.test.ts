import * as fs from "fs";
import * as path from "path";
import { pinnedSchemaFileName, ProviderSchemaDocument, YANDEX_PROVIDER_SOURCE } from "../../../lib/provider-schema";
import { removeTempDirs, tempDir, treeSnapshot } from "../../helpers/hermetic";
import { runBuilt } from "../../helpers/project-clone";
import { ROOT } from "../../helpers/run-app";

/** Longest one schema-refresh run may take before it is killed. */
const CLI_TIMEOUT_MS = 30_000;

const pinnedText = fs.readFileSync(path.join(ROOT, "provider-schemas", pinnedSchemaFileName()), "utf8");

/**
 * A copy of the built CLI and library in a temporary project, so that the provider-schemas/
 * directory the CLI finds by walking up from its own file is the copy's, never the project's.
 */
function projectCopy(): string {
  const dir = tempDir("schema-refresh-");
  for (const d of ["lib", "tools"]) fs.cpSync(path.join(ROOT, "build", d), path.join(dir, "build", d), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  fs.mkdirSync(path.join(dir, "provider-schemas"));
  fs.writeFileSync(path.join(dir, "provider-schemas", pinnedSchemaFileName()), "stale\n");
  return dir;
}

/** What `terraform providers schema -json` prints: the pinned types plus ones the library does not use, and another provider. */
function fullSchemaOutput(): ProviderSchemaDocument {
  const doc = JSON.parse(pinnedText) as ProviderSchemaDocument;
  const yandex = doc.provider_schemas[YANDEX_PROVIDER_SOURCE];
  const unused = { version: 0, block: { attributes: { zone: { type: "string", optional: true, description: "dropped by the trim" } } } };
  return {
    ...doc,
    provider_schemas: {
      ...doc.provider_schemas,
      [YANDEX_PROVIDER_SOURCE]: {
        ...yandex,
        resource_schemas: { ...yandex.resource_schemas, yandex_compute_instance: unused },
        data_source_schemas: { ...yandex.data_source_schemas, yandex_compute_image: unused },
      },
      "registry.terraform.io/hashicorp/random": { provider: { version: 0, block: {} } },
    },
  };
}

describe("npm run schema:refresh -- --from <file>", () => {
  afterEach(removeTempDirs);

  test(
    "trims a full schema document to the pinned types and writes exactly the committed pinned file, touching nothing in the project",
    () => {
      const before = treeSnapshot(ROOT);
      const dir = projectCopy();
      const input = path.join(tempDir("schema-input-"), "schema.json");
      fs.writeFileSync(input, JSON.stringify(fullSchemaOutput()));
      const run = runBuilt(dir, path.join("build", "tools", "cli", "schema-refresh.js"), ["--from", input], CLI_TIMEOUT_MS);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`Wrote ${path.join("provider-schemas", pinnedSchemaFileName())}; run \`npm run get\` to regenerate .gen/.\n`);
      expect(fs.readFileSync(path.join(dir, "provider-schemas", pinnedSchemaFileName()), "utf8")).toBe(pinnedText);
      expect(treeSnapshot(ROOT)).toEqual(before);
    },
    CLI_TIMEOUT_MS + 10_000,
  );

  test(
    "fails, writing nothing, when the document lacks a type the library uses",
    () => {
      const dir = projectCopy();
      const doc = fullSchemaOutput();
      delete doc.provider_schemas[YANDEX_PROVIDER_SOURCE].resource_schemas!.yandex_serverless_triggers;
      const input = path.join(tempDir("schema-input-"), "schema.json");
      fs.writeFileSync(input, JSON.stringify(doc));
      const run = runBuilt(dir, path.join("build", "tools", "cli", "schema-refresh.js"), ["--from", input], CLI_TIMEOUT_MS);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/yandex_serverless_triggers/);
      expect(fs.readFileSync(path.join(dir, "provider-schemas", pinnedSchemaFileName()), "utf8")).toBe("stale\n");
    },
    CLI_TIMEOUT_MS + 10_000,
  );
});
