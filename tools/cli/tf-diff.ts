#!/usr/bin/env node
/**
 * `npm run tf:diff -- --base <git ref> [--json]`: the synth diff of `npm run diff`, plus what the
 * real terraform plans when the head is planned against the base applied offline by the
 * stand-in provider. `--help` lists the exit codes.
 */
import { terraformVersion } from "../offline-provider";
import { planExitCode, planHeadAgainstBase, renderPlansMarkdown } from "../offline-provider/plan-diff";
import { CliSpec, CommandLine, ExitCode, requiredString, runCommand, writeOutput } from "../../lib/private/cli";
import { requireGitWorkTree } from "../../lib/private/git-repository";
import { compareApps, DIFF_EXIT_CODES, DIFF_OPTIONS, exitCodeOf, renderJson, renderMarkdown, synthesizeBothSides } from "../../lib/review";

const SPEC: CliSpec = {
  name: "tf:diff",
  command: "npm run tf:diff --",
  summary:
    "The synth diff of `npm run diff`, plus what the real terraform plans when the working tree is planned against\n" +
    "the base ref applied offline by the stand-in provider.",
  options: DIFF_OPTIONS,
  exitCodes: {
    ...DIFF_EXIT_CODES,
    [ExitCode.COULD_NOT_RUN]: "the diff could not be made (not a git repository, no such git ref, the app failed, no terraform binary on PATH)",
  },
};

function main({ values }: CommandLine): number {
  const base = requiredString(values, "base", "REF");
  requireGitWorkTree(process.cwd());
  if (!terraformVersion()) throw new Error("no terraform binary on PATH; `npm run diff` makes the synth diff without it.");
  const { before, after } = synthesizeBothSides(process.cwd(), base);
  const report = compareApps(before, after);
  const plans = planHeadAgainstBase(before, after);
  writeOutput(
    values,
    values.json === true
      ? `${JSON.stringify({ ...JSON.parse(renderJson(report, base)), plans }, null, 2)}\n`
      : renderMarkdown(report, base, { before, after }) + renderPlansMarkdown(plans, report),
  );
  return Math.max(exitCodeOf(report), planExitCode(plans));
}

void runCommand(SPEC, process.argv.slice(2), main);
