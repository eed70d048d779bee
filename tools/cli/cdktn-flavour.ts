/**
 * Build step (after tsc): writes dist/cdktn/, the package's modules for CDK Terrain apps, from the
 * cdktf build in dist/. Only module specifiers change (`cdktf` -> `cdktn`); nothing is kept twice
 * in the repository.
 *
 *   node build/tools/cli/cdktn-flavour.js [dist]
 */
import * as path from "path";
import { buildFlavour } from "../flavour/module-flavour";
import { CliSpec, CommandLine, ExitCode, runCommand, UsageError } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "cdktn-flavour",
  command: "node build/tools/cli/cdktn-flavour.js",
  summary: "Build step of `npm run build`: writes DIST/cdktn/, the package's modules for CDK Terrain apps, from the cdktf build in DIST.",
  positionals: { name: "DIST", description: "the package build folder (default dist)" },
  options: {},
  exitCodes: { [ExitCode.OK]: "the modules were written", [ExitCode.COULD_NOT_RUN]: "the build in DIST could not be read or rewritten" },
};

// what the `cr-websocket-trigger/cdktn` entries export: the library and every binding
const CDKTN_ENTRIES = ["lib/index.js", "lib/index.d.ts", ".gen/providers/yandex"];

function main({ positionals }: CommandLine): number {
  if (positionals.length > 1) throw new UsageError(`takes one DIST folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const distDir = path.resolve(positionals[0] ?? "dist");
  const { files, rewritten } = buildFlavour({ distDir, entries: CDKTN_ENTRIES, outDir: "cdktn", from: "cdktf", to: "cdktn" });
  console.log(`Wrote ${files.length} files to ${path.relative(process.cwd(), path.join(distDir, "cdktn")) || "."}/ (${rewritten} now load cdktn).`);
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
