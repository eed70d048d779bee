/**
 * Maintainer tool: rewrites provider-schemas/yandex@<version>.json from the real provider.
 *
 *   npm run schema:refresh                 terraform init + providers schema -json (needs network)
 *   npm run schema:refresh -- --from F     trim an existing `providers schema -json` output F
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  DATA_SOURCE_TYPES_IN_USE,
  pinnedSchemaFileName,
  ProviderSchemaDocument,
  providerSchemaDir,
  RESOURCE_TYPES_IN_USE,
  YANDEX_PROVIDER_SOURCE,
  YANDEX_PROVIDER_VERSION,
} from "../../lib/provider-schema";
import { formatSchemaDocument, trimProviderSchema } from "../schema/trim";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "schema:refresh",
  command: "npm run schema:refresh --",
  summary:
    "Rewrites provider-schemas/yandex@<version>.json: from `terraform providers schema -json` of the real provider\n" +
    "(needs network), or from an existing output of that command given with --from.",
  options: {
    from: { type: "string", valueName: "FILE", description: "trim this `terraform providers schema -json` output instead of running terraform" },
  },
  exitCodes: { [ExitCode.OK]: "the schema file was written", [ExitCode.COULD_NOT_RUN]: "terraform or the input failed" },
};

function readFromTerraform(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yandex-schema-"));
  try {
    const config = {
      terraform: {
        required_providers: { yandex: { source: "yandex-cloud/yandex", version: YANDEX_PROVIDER_VERSION } },
      },
    };
    fs.writeFileSync(path.join(dir, "main.tf.json"), JSON.stringify(config));
    execFileSync("terraform", ["init", "-input=false", "-backend=false"], { cwd: dir, stdio: "inherit" });
    return execFileSync("terraform", ["providers", "schema", "-json"], { cwd: dir, maxBuffer: 1 << 30 }).toString();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main({ values }: CommandLine): number {
  const from = stringValue(values, "from");
  const raw = from !== undefined ? fs.readFileSync(from, "utf8") : readFromTerraform();
  const trimmed = trimProviderSchema(JSON.parse(raw) as ProviderSchemaDocument, {
    providerSource: YANDEX_PROVIDER_SOURCE,
    version: YANDEX_PROVIDER_VERSION,
    resources: RESOURCE_TYPES_IN_USE,
    dataSources: DATA_SOURCE_TYPES_IN_USE,
  });
  const target = path.join(providerSchemaDir(), pinnedSchemaFileName());
  fs.writeFileSync(target, formatSchemaDocument(trimmed));
  console.log(`Wrote ${path.relative(process.cwd(), target)}; run \`npm run get\` to regenerate .gen/.`);
  return 0;
}

void runCommand(SPEC, process.argv.slice(2), main);
