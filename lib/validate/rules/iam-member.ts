import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** IAM members are `<subject type>:<id>`, both parts non-empty: the provider needs the colon, the API both parts. */
export function isIamMember(value: string): boolean {
  const colon = value.indexOf(":");
  return colon > 0 && colon < value.length - 1;
}

/** YC-IAM-MEMBER: an IAM member is written `<subject type>:<id>`. */
export const IAM_MEMBER_RULE: ProviderRule = {
  id: "YC-IAM-MEMBER",
  rationale:
    'Without a ":" the provider fails at apply (on create) with "IAM Member with incorrect member"; ' +
    "with an empty type or id around it, the API refuses it at apply.",
  resourceTypes: ["yandex_resourcemanager_folder_iam_member", "yandex_api_gateway_iam_member", "yandex_iam_service_account_iam_member"],
  kind: FindingKind.PROVIDER_AT_APPLY,
  source:
    "provider 0.222.0 pkg/iam_access/updater.go (GetResourceIamMemberFromState: strings.ContainsRune(member, ':'), called in Create); " +
    "cloudapi access/access.proto (Subject.type and Subject.id required)",
  check(body, report) {
    const member = known(body.member);
    if (typeof member !== "string" || isIamMember(member)) return;
    const allowed = 'must be "<subject type>:<id>", e.g. "serviceAccount:<id>"';
    if (!member.includes(":")) report("member", `got ${JSON.stringify(member)}; ${allowed} (the provider refuses it at apply)`);
    else report("member", `got ${JSON.stringify(member)}; ${allowed}: the API refuses an empty subject type or id at apply`, FindingKind.API);
  },
};
