import { FindingKind } from "../findings";
import { isInterpolated } from "../values";
import { known, ProviderRule } from "./rule";

/** Most characters in the resource id and the role id of an access binding. */
export const ACCESS_BINDING_ID_MAX_LENGTH = 64;
/** Most characters in each half of a member, its subject type and its subject id. */
export const SUBJECT_PART_MAX_LENGTH = 100;
/** The subject types access.proto documents, and `group`, which the provider's docs add. */
export const SUBJECT_TYPES: readonly string[] = ["userAccount", "serviceAccount", "federatedUser", "system", "group"];

const RESOURCE_ID_BY_TYPE: Readonly<Record<string, string>> = {
  yandex_resourcemanager_folder_iam_member: "folder_id",
  yandex_api_gateway_iam_member: "api_gateway_id",
};

/** YC-IAM-BINDING-FIELDS: an IAM member's resource id, role and subject fit the access binding the API receives. */
export const IAM_BINDING_FIELDS_RULE: ProviderRule = {
  id: "YC-IAM-BINDING-FIELDS",
  rationale: "The provider checks only the colon in member, and the API refuses long ids, an empty role or an unknown subject type.",
  resourceTypes: Object.keys(RESOURCE_ID_BY_TYPE),
  kind: FindingKind.API,
  source:
    "cloudapi access/access.proto (UpdateAccessBindingsRequest.resource_id <=64, AccessBinding.role_id <=64, Subject.type and Subject.id <=100)",
  check(body, report, type) {
    for (const key of [RESOURCE_ID_BY_TYPE[type], "role"]) {
      const value = known(body[key]);
      if (typeof value !== "string") continue;
      if (value === "" || value.length > ACCESS_BINDING_ID_MAX_LENGTH) {
        report(key, `got ${JSON.stringify(value)}; must be 1-${ACCESS_BINDING_ID_MAX_LENGTH} characters`);
      }
    }
    const member = known(body.member);
    const colon = typeof member === "string" ? member.indexOf(":") : -1;
    if (typeof member !== "string" || colon < 0) return;
    const [subjectType, subjectId] = [member.slice(0, colon), member.slice(colon + 1)];
    if (!isInterpolated(subjectType) && subjectType !== "" && !SUBJECT_TYPES.includes(subjectType)) {
      report("member", `subject type ${JSON.stringify(subjectType)} is not one of ${SUBJECT_TYPES.join(", ")}`);
    }
    for (const [what, part] of [
      ["subject type", subjectType],
      ["subject id", subjectId],
    ] as const) {
      if (part.length > SUBJECT_PART_MAX_LENGTH) report("member", `${what} is ${part.length} characters; at most ${SUBJECT_PART_MAX_LENGTH} allowed`);
    }
  },
};
