/**
 * `npm run test:mutation [-- --area NAME ... --file PATH ... --concurrency N --fresh]`: runs Stryker once per area of lib/
 * (tools/mutation/areas.cjs, with stryker.config.mjs) and prints each area's and each file's mutation
 * score as a Markdown table for docs/MUTATION.md. `--help` lists the exit codes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { CliSpec, CommandLine, ExitCode, printError, runCommand, stringValue, stringValues, UsageError } from "../../lib/private/cli";
import { forgetStaticMutants, MutationReport, reportTallies, score, TALLY_HEADER, tallyRow } from "../mutation/scores";

const ROOT = path.resolve(__dirname, "../../..");

const SPEC: CliSpec = {
  name: "test:mutation",
  command: "npm run test:mutation --",
  summary:
    "Runs Stryker over each area of lib/ (tools/mutation/areas.cjs) with the in-process tests that exercise it, and\n" +
    "prints the mutation score of each area and file. Results are kept in reports/mutation/; the next run re-tests\n" +
    "the mutants whose code or covering tests changed, and every static mutant.",
  options: {
    area: { type: "string", multiple: true, valueName: "NAME", description: "an area to run (default: all of them)" },
    file: {
      type: "string",
      multiple: true,
      valueName: "PATH",
      description: "mutate only this file or glob of the area (default: every file of the area); scores only these",
    },
    concurrency: { type: "string", valueName: "N", description: "test runner processes (default: stryker.config.mjs's, 2)" },
    fresh: { type: "boolean", description: "re-test every mutant, ignoring the kept results" },
  },
  exitCodes: {
    [ExitCode.OK]: "every area ran and meets its target score",
    [ExitCode.COULD_NOT_RUN]: "a Stryker run failed",
    [ExitCode.FINDINGS]: "an area is below its target score",
  },
};

interface Area {
  readonly mutate: readonly string[];
  readonly tests: readonly string[];
  readonly target?: number;
}

function main({ values }: CommandLine): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the areas are plain CommonJS, shared with stryker.config.mjs
  const { AREAS } = require(path.join(ROOT, "tools/mutation/areas.cjs")) as { AREAS: Record<string, Area> };
  const chosen = stringValues(values, "area");
  const names = chosen.length > 0 ? chosen : Object.keys(AREAS);
  for (const name of names) {
    if (AREAS[name] === undefined) throw new UsageError(`--area got ${JSON.stringify(name)}; must be one of ${Object.keys(AREAS).join(", ")}`);
  }
  const onlyFiles = stringValues(values, "file");
  const concurrencyText = stringValue(values, "concurrency");
  if (concurrencyText !== undefined && !/^[1-9][0-9]*$/.test(concurrencyText)) {
    throw new UsageError(`--concurrency got ${JSON.stringify(concurrencyText)}; must be a whole number of at least 1`);
  }
  const rows: string[] = [];
  const below: string[] = [];
  for (const name of names) {
    const started = Date.now();
    const kept = path.join(ROOT, "reports/mutation", `${name}.incremental.json`);
    if (values.fresh !== true && fs.existsSync(kept)) {
      const report = JSON.parse(fs.readFileSync(kept, "utf8")) as Parameters<typeof forgetStaticMutants>[0];
      const dropped = forgetStaticMutants(report);
      fs.writeFileSync(kept, JSON.stringify(report));
      process.stdout.write(`mutation: ${name}: re-testing ${dropped} static mutants; reusing the kept results of the others that did not change\n`);
    }
    const args = [
      "run",
      "stryker.config.mjs",
      ...(values.fresh === true ? ["--force"] : []),
      // Stryker's own options: its command line overrides the config's `mutate` and `concurrency`
      ...(onlyFiles.length > 0 ? ["--mutate", onlyFiles.join(",")] : []),
      ...(concurrencyText !== undefined ? ["--concurrency", concurrencyText] : []),
    ];
    const child = spawnSync(path.join(ROOT, "node_modules/.bin/stryker"), args, {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, MUTATION_AREA: name },
    });
    if (child.status !== 0) throw new Error(`Stryker failed for area ${name} (exit ${child.status ?? child.signal})`);
    const minutes = ((Date.now() - started) / 60000).toFixed(1);
    const report = JSON.parse(fs.readFileSync(path.join(ROOT, "reports/mutation", `${name}.json`), "utf8")) as MutationReport;
    const { files, total } = reportTallies(report);
    rows.push(tallyRow(`**${name}** (${minutes} min)`, total));
    for (const [file, t] of files) rows.push(tallyRow(`\`${file}\``, t));
    const target = AREAS[name].target;
    const areaScore = score(total);
    if (target !== undefined && (areaScore === undefined || areaScore < target)) below.push(`${name} ${areaScore?.toFixed(2) ?? "-"}% < ${target}%`);
  }
  process.stdout.write(`\n${TALLY_HEADER}\n${rows.join("\n")}\n`);
  if (below.length > 0) {
    printError(SPEC, `below target: ${below.join("; ")}`);
    return ExitCode.FINDINGS;
  }
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
