import { FindingKind } from "../findings";
import { known, ProviderRule } from "./rule";

/** IAM members are `<subject type>:<id>`; the provider fails at create without the colon. */
export function isIamMember(value: string): boolean {
  const colon = value.indexOf(":");
  return colon > 0 && colon < value.length - 1;
}

/** YC-IAM-MEMBER: an IAM member is written `<subject type>:<id>`. */
export const IAM_MEMBER_RULE: ProviderRule = {
  id: "YC-IAM-MEMBER",
  rationale: 'Without a "<type>:" prefix the provider fails at create with "IAM Member with incorrect member".',
  resourceTypes: ["yandex_resourcemanager_folder_iam_member", "yandex_api_gateway_iam_member", "yandex_iam_service_account_iam_member"],
  kind: FindingKind.PROVIDER,
  source: "provider 0.222.0 pkg/iam_access/utils.go (member split at the first ':')",
  check(body, report) {
    const member = known(body.member);
    if (typeof member === "string" && !isIamMember(member)) {
      report("member", `got ${JSON.stringify(member)}; must be "<subject type>:<id>", e.g. "serviceAccount:<id>"`);
    }
  },
};
