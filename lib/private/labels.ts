import { Token } from "cdktf";
import { labelCountProblem, labelEntryProblem, LabelRules } from "../validate/rules/labels";
import { PropProblems } from "./prop-problems";

/** Records every problem with a `labels` prop under `rules`; unresolved maps, keys and values are skipped. */
export function checkLabels(problems: PropProblems, labels: Record<string, string> | undefined, rules: LabelRules): void {
  if (labels === undefined || Token.isUnresolved(labels)) return;
  const entries = Object.entries(labels);
  const tooMany = labelCountProblem(entries.length, rules);
  if (tooMany !== undefined) problems.add("labels", labels, tooMany);
  for (const [key, value] of entries) {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) continue;
    const problem = labelEntryProblem(key, value, rules);
    if (problem !== undefined) problems.add("labels", labels, problem);
  }
}
