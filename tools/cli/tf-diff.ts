#!/usr/bin/env node
/**
 * `npm run tf:diff -- --base <git ref> [--json]`: the synth diff of `npm run diff`, plus what the
 * real terraform plans when the head is planned against the base applied offline by the
 * stand-in provider. Exit codes as for `npm run diff`; 4 without terraform on PATH.
 */
import { NO_TERRAFORM_EXIT_CODE, terraformVersion } from "../offline-provider";
import { planHeadAgainstBase, renderPlansMarkdown } from "../offline-provider/plan-diff";
import { compareApps, exitCodeOf, renderJson, renderMarkdown, synthesizeBothSides } from "../../lib/review";

function main(argv: string[]): number {
  const i = argv.indexOf("--base");
  const base = i >= 0 ? argv[i + 1] : undefined;
  if (!base) {
    process.stderr.write("usage: npm run tf:diff -- --base <git ref> [--json]\n");
    return 1;
  }
  if (!terraformVersion()) {
    process.stderr.write("tf:diff: no terraform binary on PATH; `npm run diff` makes the synth diff without it.\n");
    return NO_TERRAFORM_EXIT_CODE;
  }
  const { before, after } = synthesizeBothSides(process.cwd(), base);
  const report = compareApps(before, after);
  const plans = planHeadAgainstBase(before, after);
  const planned = plans.some((p) => p.summary.replace + p.summary.destroy > 0) ? 3 : plans.some((p) => p.changes.length > 0) ? 2 : 0;
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify({ ...JSON.parse(renderJson(report, base)), plans }, null, 2)}\n`);
  else process.stdout.write(renderMarkdown(report, base) + renderPlansMarkdown(plans));
  return Math.max(exitCodeOf(report), planned);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`tf:diff: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
