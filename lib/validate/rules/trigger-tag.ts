import { childPath, FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";
import { containerRegistrySource } from "./trigger-parts";

/** A Docker tag: 1-128 of letters, digits, `_`, `.` and `-`, not starting with `.` or `-`. */
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** What is allowed for a tag filter, or undefined when `tag` is one. */
export function tagProblem(tag: string): string | undefined {
  return TAG_PATTERN.test(tag)
    ? undefined
    : "must be a Docker tag: 1-128 characters: letters, digits, '_', '.' and '-', not starting with '.' or '-'";
}

/** YC-TRIGGER-TAG: a container registry source's `tag` filter is a tag an image can have. */
export const TRIGGER_TAG_RULE: ProviderRule = {
  id: "YC-TRIGGER-TAG",
  rationale: "No image has a tag that breaks Docker's tag rules, so such a filter never fires the trigger.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: "Docker distribution reference grammar (github.com/distribution/reference, tag)",
  check(body, report) {
    const registry = containerRegistrySource(body);
    const tag = known(registry?.value.tag);
    if (registry === undefined || typeof tag !== "string") return;
    const problem = tagProblem(tag);
    if (problem !== undefined) report(childPath(registry.path, "tag"), `got ${JSON.stringify(tag)}; ${problem}`);
  },
};
