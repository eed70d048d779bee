#!/usr/bin/env node
/**
 * `npm run tf:diff -- --base <git ref> [--json]`: the synth diff of `npm run diff`, plus what the
 * real terraform plans when the head is planned against the base applied offline by the
 * stand-in provider. `--help` lists the exit codes.
 */
import { NO_TERRAFORM_EXIT_CODE, terraformVersion } from "../offline-provider";
import { planExitCode, planHeadAgainstBase, renderPlansMarkdown } from "../offline-provider/plan-diff";
import { CliSpec, CliValues, requiredString, runCommand } from "../../lib/private/cli";
import { compareApps, DIFF_EXIT_CODES, DIFF_OPTIONS, exitCodeOf, renderJson, renderMarkdown, synthesizeBothSides } from "../../lib/review";

const SPEC: CliSpec = {
  command: "npm run tf:diff --",
  summary:
    "The synth diff of `npm run diff`, plus what the real terraform plans when the working tree is planned against\n" +
    "the base ref applied offline by the stand-in provider.",
  options: DIFF_OPTIONS,
  exitCodes: { ...DIFF_EXIT_CODES, [NO_TERRAFORM_EXIT_CODE]: "no terraform binary on PATH" },
};

function main(values: CliValues): number {
  const base = requiredString(values, "base", "REF");
  if (!terraformVersion()) {
    process.stderr.write("tf:diff: no terraform binary on PATH; `npm run diff` makes the synth diff without it.\n");
    return NO_TERRAFORM_EXIT_CODE;
  }
  const { before, after } = synthesizeBothSides(process.cwd(), base);
  const report = compareApps(before, after);
  const plans = planHeadAgainstBase(before, after);
  if (values.json === true) process.stdout.write(`${JSON.stringify({ ...JSON.parse(renderJson(report, base)), plans }, null, 2)}\n`);
  else process.stdout.write(renderMarkdown(report, base, { before, after }) + renderPlansMarkdown(plans, report));
  return Math.max(exitCodeOf(report), planExitCode(plans));
}

void runCommand(SPEC, "tf:diff", process.argv.slice(2), main, 1);
