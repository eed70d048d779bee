import { SERVICE_ACCOUNT_NAME_RULE } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument } from "../../helpers/documents";

const TYPE = "yandex_iam_service_account";

describe("YC-SERVICE-ACCOUNT-NAME", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(SERVICE_ACCOUNT_NAME_RULE)).toEqual([]);
  });

  test.each(["a", "ab", "a-1", `a${"b".repeat(62)}`, "${var.sa}"])("passes the name %p", (name) => {
    expect(ruleLines(SERVICE_ACCOUNT_NAME_RULE, TYPE, { name })).toEqual([]);
  });

  test.each(["sa-", "Sa", "1a", "", `a${"b".repeat(63)}`])("fails on the name %p", (name) => {
    expect(ruleLines(SERVICE_ACCOUNT_NAME_RULE, TYPE, { name })).toEqual([
      `name: got ${JSON.stringify(name)}; must be 1-63 characters: lower-case letters, digits and '-', ` +
        "starting with a letter and not ending with '-' [provider] YC-SERVICE-ACCOUNT-NAME",
    ]);
  });

  test("fails in a document, naming the address", () => {
    expect(ruleLinesInDocument(SERVICE_ACCOUNT_NAME_RULE, (d) => put(firstOf(d, TYPE), "name", "sa-"))).toEqual([
      expect.stringMatching(/^yandex_iam_service_account\.\S+: name: got "sa-"/),
    ]);
  });
});
