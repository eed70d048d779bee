/**
 * `npm run api` / `npm run api:check`: the public API of each entry point of the package, as
 * Microsoft's api-extractor reports it, committed in api/. `--check` fails when the code's API
 * differs from the committed report, so a pull request that changes the API shows it in api/.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Extractor, ExtractorConfig, ExtractorLogLevel, IConfigFile } from "@microsoft/api-extractor";
import { CliSpec, CommandLine, ExitCode, runCommand } from "../../lib/private/cli";

/** This repository: the nearest folder above this file with tsconfig.api.json (this runs from tools/ or build/tools/). */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, "tsconfig.api.json"))) dir = path.dirname(dir);
  return dir;
}

/** The package's entry points that carry an API of their own (`exports` in package.json), by report name. */
export const API_ENTRY_POINTS: Readonly<Record<string, string>> = {
  "cr-websocket-trigger": "lib/index.d.ts",
  "cr-websocket-trigger-validate": "lib/validate/index.d.ts",
  "cr-websocket-trigger-watch": "lib/watch/index.d.ts",
  "cr-websocket-trigger-provider-schema": "lib/provider-schema/index.d.ts",
};

const SPEC: CliSpec = {
  name: "api",
  command: "npm run api --",
  summary:
    "Writes the public API of every entry point of the package to api/<entry>.api.md with api-extractor.\n" +
    "With --check, writes nothing and fails when the API differs from the committed reports.",
  options: {
    check: { type: "boolean", description: "compare with the committed reports instead of rewriting them" },
    project: { type: "string", valueName: "DIR", description: "report on a copy of this repository at DIR (default: this repository)" },
  },
  exitCodes: {
    [ExitCode.OK]: "the reports are current (with --check) or were written",
    [ExitCode.COULD_NOT_RUN]: "the declarations did not compile, or api-extractor failed",
    [ExitCode.CHANGES]: "the API differs from a committed report (--check); run npm run api and commit api/",
  },
};

function configFor(root: string, name: string, entry: string): IConfigFile {
  return {
    projectFolder: root,
    mainEntryPointFilePath: path.join(root, "build/api-dts", entry),
    compiler: { tsconfigFilePath: path.join(root, "tsconfig.api.json") },
    apiReport: {
      enabled: true,
      reportFileName: `${name}.api.md`,
      reportFolder: path.join(root, "api"),
      reportTempFolder: path.join(root, "build/api-temp"),
    },
    docModel: { enabled: false },
    dtsRollup: { enabled: false },
    tsdocMetadata: { enabled: false },
    messages: {
      // A type the API uses but no entry point exports is an error: jsii refuses it too (JSII3000).
      extractorMessageReporting: {
        "ae-forgotten-export": { logLevel: ExtractorLogLevel.Error, addToApiReportFile: false },
        "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None },
      },
      tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
    },
  };
}

function main({ values }: CommandLine): number {
  const check = values.check === true;
  const root = typeof values.project === "string" ? path.resolve(values.project) : repositoryRoot();
  fs.rmSync(path.join(root, "build/api-dts"), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.api.json")], {
    cwd: root,
    stdio: "inherit",
  });
  fs.mkdirSync(path.join(root, "api"), { recursive: true });
  const changed: string[] = [];
  for (const [name, entry] of Object.entries(API_ENTRY_POINTS)) {
    const config = ExtractorConfig.prepare({
      configObject: configFor(root, name, entry),
      configObjectFullPath: path.join(root, "api-extractor.json"),
      packageJsonFullPath: path.join(root, "package.json"),
    });
    const result = Extractor.invoke(config, { localBuild: !check, showVerboseMessages: false, messageCallback: quiet });
    if (result.errorCount > 0) throw new Error(`api-extractor reported ${result.errorCount} errors for ${entry}`);
    if (result.apiReportChanged) changed.push(`api/${name}.api.md`);
  }
  if (changed.length === 0) {
    process.stdout.write(`API reports are current: ${Object.keys(API_ENTRY_POINTS).length} entry points\n`);
    return ExitCode.OK;
  }
  if (!check) {
    process.stdout.write(`API reports rewritten: ${changed.join(", ")}\n`);
    return ExitCode.OK;
  }
  process.stderr.write(
    `api: error: the public API differs from ${changed.join(", ")}; run \`npm run api\`, review the change and commit api/\n` +
      `(build/api-temp/ holds the API as the code has it now)\n`,
  );
  return ExitCode.CHANGES;
}

/** Leaves out api-extractor's progress lines; warnings and errors are still printed. */
function quiet(message: { logLevel: ExtractorLogLevel; handled: boolean }): void {
  if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) message.handled = true;
}

void runCommand(SPEC, process.argv.slice(2), main);
