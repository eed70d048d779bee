import { IAM_MEMBER_RULE, isIamMember } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument } from "../../helpers/documents";

describe("YC-IAM-MEMBER", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(IAM_MEMBER_RULE)).toEqual([]);
  });

  test.each(["serviceAccount:aje0", "system:allUsers", "a:b", "${var.member}"])("passes %p", (member) => {
    expect(ruleLines(IAM_MEMBER_RULE, "yandex_api_gateway_iam_member", { member })).toEqual([]);
  });

  test.each(["aje0abc", ""])("fails on %p at apply: the provider looks for a colon when it creates the member", (member) => {
    expect(ruleLines(IAM_MEMBER_RULE, "yandex_iam_service_account_iam_member", { member })).toEqual([
      `member: got ${JSON.stringify(member)}; must be "<subject type>:<id>", e.g. "serviceAccount:<id>" (the provider refuses it at apply) ` +
        "[provider at apply] YC-IAM-MEMBER",
    ]);
    expect(isIamMember(member)).toBe(false);
  });

  test.each([":aje0", "serviceAccount:"])("fails on %p as the API's: the provider finds its colon, the API an empty part", (member) => {
    expect(ruleLines(IAM_MEMBER_RULE, "yandex_iam_service_account_iam_member", { member })).toEqual([
      `member: got ${JSON.stringify(member)}; must be "<subject type>:<id>", e.g. "serviceAccount:<id>": ` +
        "the API refuses an empty subject type or id at apply [api] YC-IAM-MEMBER",
    ]);
    expect(isIamMember(member)).toBe(false);
  });

  test("fails in a document on a folder member", () => {
    expect(ruleLinesInDocument(IAM_MEMBER_RULE, (d) => put(firstOf(d, "yandex_resourcemanager_folder_iam_member"), "member", "aje0abc"))).toEqual([
      expect.stringMatching(/^yandex_resourcemanager_folder_iam_member\.\S+: member: got "aje0abc"/),
    ]);
  });
});
