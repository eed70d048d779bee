#!/usr/bin/env node
/**
 * `npm run check [-- --outdir DIR] [--ignore RULE-ID[:ADDRESS]]...`: checks every synthesized
 * stack against the pinned yandex provider schema and the provider's own rules. Without
 * `--outdir` it synthesizes the app first, into a temporary folder. `--help` lists the exit codes.
 */
import * as path from "path";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue, stringValues, UsageError } from "../lib/private/cli";
import { synthesizeApp } from "../lib/private/app-synth";
import { PropValidationError } from "../lib/prop-validation-error";
import { checkStacks, checkSynthesizedApp, formatFinding, parseSuppression } from "../lib/validate";

const SPEC: CliSpec = {
  name: "cr-websocket-check",
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
    [ExitCode.OK]: "every stack passed (warnings alone leave the status 0)",
    [ExitCode.COULD_NOT_RUN]: "not a synth output, the app failed, or it has no stacks to check",
    [ExitCode.FINDINGS]: "a stack has problems (printed, one a line)",
  },
};

function main({ values }: CommandLine): number {
  const ignore = stringValues(values, "ignore").map((entry) => {
    try {
      return parseSuppression(entry);
    } catch (e) {
      if (!PropValidationError.isPropValidationError(e)) throw e;
      throw new UsageError(e.problems.map((p) => `${p.prop} ${JSON.stringify(p.value)}: ${p.allowed}`).join("; "));
    }
  });
  const outdir = stringValue(values, "outdir");
  const results =
    outdir === undefined
      ? checkStacks(synthesizeApp(process.cwd()), undefined, { ignore })
      : checkSynthesizedApp(path.resolve(outdir), undefined, { ignore });
  if (results.length === 0) throw new Error(`no stacks in ${outdir ?? "the app"}: nothing to check`);
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
  return total === 0 ? ExitCode.OK : ExitCode.FINDINGS;
}

void runCommand(SPEC, process.argv.slice(2), main);
