#!/usr/bin/env node
/**
 * `npm run tf:diff -- --base <git ref> [--json]`: the synth diff of `npm run diff`, plus what the
 * real terraform plans when the head is planned against the base applied offline by the
 * stand-in provider. `--help` lists the exit codes.
 */
import { terraformVersion } from "../offline-provider";
import { planHeadAgainstBase, renderPlansMarkdown } from "../offline-provider/plan-diff";
import { CliSpec, CommandLine, ExitCode, requiredString, runCommand } from "../../lib/private/cli";
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
  const planned = plans.some((p) => p.summary.replace + p.summary.destroy > 0)
    ? ExitCode.REPLACEMENTS
    : plans.some((p) => p.changes.length > 0)
      ? ExitCode.CHANGES
      : ExitCode.OK;
  if (values.json === true) process.stdout.write(`${JSON.stringify({ ...JSON.parse(renderJson(report, base)), plans }, null, 2)}\n`);
  else process.stdout.write(renderMarkdown(report, base) + renderPlansMarkdown(plans));
  return Math.max(exitCodeOf(report), planned);
}

void runCommand(SPEC, process.argv.slice(2), main);
