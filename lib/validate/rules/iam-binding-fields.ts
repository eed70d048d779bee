import { FindingKind } from "../findings";
import { isInterpolated } from "../values";
import { known, LengthLimit, lengthProblem, LengthUnit, ProviderRule } from "./rule";

/** The resource id and the role id of an access binding: 1-64 characters (the API's limit, in characters). */
export const ACCESS_BINDING_ID_LENGTH: LengthLimit = { min: 1, max: 64, unit: LengthUnit.CHARACTERS };
/** Each half of a member, its subject type and its subject id: at most 100 characters. */
export const SUBJECT_PART_LENGTH: LengthLimit = { min: 0, max: 100, unit: LengthUnit.CHARACTERS };
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
      const problem = lengthProblem(value, ACCESS_BINDING_ID_LENGTH);
      if (problem !== undefined) report(key, `got ${JSON.stringify(value)}; ${problem}`);
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
      const problem = lengthProblem(part, SUBJECT_PART_LENGTH);
      if (problem !== undefined) report("member", `${what} ${problem}`);
    }
  },
};
