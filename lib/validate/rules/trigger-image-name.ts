import { childPath, FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";
import { containerRegistrySource } from "./trigger-parts";

/** A Docker repository name: lower-case path components joined by `.`, `_`, `__` or `-`, separated by `/`. */
export const IMAGE_NAME_PATTERN = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/** Most characters in a Docker repository name. */
export const IMAGE_NAME_MAX_LENGTH = 255;

/** What is allowed for an image name filter, or undefined when `name` is one. */
export function imageNameProblem(name: string): string | undefined {
  return name.length <= IMAGE_NAME_MAX_LENGTH && IMAGE_NAME_PATTERN.test(name)
    ? undefined
    : "must be a Docker repository name: lower-case letters and digits, with '.', '_', '__' or '-' between them and '/' " +
        `between path components, at most ${IMAGE_NAME_MAX_LENGTH} characters`;
}

/** YC-TRIGGER-IMAGE-NAME: a container registry source's `image_name` filter is a name an image can have. */
export const TRIGGER_IMAGE_NAME_RULE: ProviderRule = {
  id: "YC-TRIGGER-IMAGE-NAME",
  rationale: "No image has a name that breaks Docker's repository name rules, so such a filter never fires the trigger.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: "Docker distribution reference grammar (github.com/distribution/reference, repository name)",
  check(body, report) {
    const registry = containerRegistrySource(body);
    const name = known(registry?.value.image_name);
    if (registry === undefined || typeof name !== "string") return;
    const problem = imageNameProblem(name);
    if (problem !== undefined) report(childPath(registry.path, "image_name"), `got ${JSON.stringify(name)}; ${problem}`);
  },
};
