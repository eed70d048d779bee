#!/usr/bin/env node
/**
 * `npm run check [-- --outdir DIR] [--ignore RULE-ID[:ADDRESS]]...`: checks every synthesized
 * stack against the pinned yandex provider schema and the provider's own rules. Without
 * `--outdir` it synthesizes the app first, into a temporary folder. `--help` lists the exit codes.
 */
import * as path from "path";
import { CliSpec, CliValues, runCommand, stringValue, stringValues, UsageError } from "../lib/private/cli";
import { synthesizeApp } from "../lib/private/app-synth";
import { checkStacks, checkSynthesizedApp, formatFinding, parseSuppression } from "../lib/validate";

const SPEC: CliSpec = {
  command: "cr-websocket-check",
  summary:
    "Checks every stack of a cdktf app offline against the pinned yandex provider schema and the provider's rules,\n" +
    "one line per problem ending in its rule id. Without --outdir it synthesizes the app (the `app` of cdktf.json)\n" +
    "into a temporary folder first; nothing is written into the project.",
  options: {
    outdir: { type: "string", valueName: "DIR", description: "check this synth output (a folder with manifest.json) as it is, without synthesizing" },
    ignore: {
      type: "string",
      multiple: true,
      valueName: "RULE-ID[:ADDRESS]",
      description: "leave out the findings of a rule, or of a rule at one resource address",
    },
  },
  exitCodes: {
    0: "every stack passed",
    1: "problems found, or the app has no stacks (warnings alone leave the status 0)",
    2: "the check could not run (not a synth output, the app failed)",
  },
};

function main(values: CliValues): number {
  const ignore = stringValues(values, "ignore").map((entry) => {
    try {
      return parseSuppression(entry);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  });
  const outdir = stringValue(values, "outdir");
  const results =
    outdir === undefined
      ? checkStacks(synthesizeApp(process.cwd()), undefined, { ignore })
      : checkSynthesizedApp(path.resolve(outdir), undefined, { ignore });
  let total = 0;
  for (const { stack, findings, warnings, ignored } of results) {
    total += findings.length;
    const notes = [
      ...(warnings.length > 0 ? [`${warnings.length} warning${warnings.length === 1 ? "" : "s"}`] : []),
      ...(ignored.length > 0 ? [`${ignored.length} ignored`] : []),
    ];
    const suffix = notes.length > 0 ? ` (${notes.join(", ")})` : "";
    console.log(`${findings.length === 0 ? "ok  " : "FAIL"} ${stack}: ${findings.length} problem${findings.length === 1 ? "" : "s"}${suffix}`);
    for (const f of [...findings, ...warnings]) console.log(`  ${formatFinding(f)}`);
  }
  if (results.length === 0) {
    console.log(`No stacks in ${outdir ?? "the app"}.`);
    return 1;
  }
  return total === 0 ? 0 : 1;
}

void runCommand(SPEC, "check", process.argv.slice(2), main, 2);
