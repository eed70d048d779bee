import { DESCRIPTION_LENGTH_RULE, triggerDescriptionProblem } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

describe("YC-DESCRIPTION-LENGTH", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(DESCRIPTION_LENGTH_RULE)).toEqual([]);
  });

  test("passes descriptions at the limit, and unknown ones", () => {
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_serverless_triggers", { description: "x".repeat(500) })).toEqual([]);
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_iam_service_account", { description: "x".repeat(256) })).toEqual([]);
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_iam_service_account", { description: `\${var.d}${"x".repeat(300)}` })).toEqual([]);
  });

  test("fails on a trigger description of 501 bytes and a service account description of 257", () => {
    expect(ruleLinesInDocument(DESCRIPTION_LENGTH_RULE, (d) => put(trigger(d), "description", "x".repeat(501)))).toEqual([
      expect.stringMatching(
        /^yandex_serverless_triggers\.\S+: description: is 501 bytes \(501 characters\); at most 500 bytes \[provider\] YC-DESCRIPTION-LENGTH$/,
      ),
    ]);
    expect(
      ruleLinesInDocument(DESCRIPTION_LENGTH_RULE, (d) => put(firstOf(d, "yandex_iam_service_account"), "description", "x".repeat(257))),
    ).toEqual([expect.stringMatching(/: description: is 257 bytes \(257 characters\); at most 256 bytes/)]);
  });

  test("gives the construct the same limit", () => {
    expect(triggerDescriptionProblem("x".repeat(500))).toBeUndefined();
    expect(triggerDescriptionProblem("x".repeat(501))).toBe("is 501 bytes (501 characters); at most 500 bytes");
  });

  test("counts UTF-8 bytes: 300 Cyrillic characters are 600 bytes, over a trigger's 500", () => {
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_serverless_triggers", { description: "д".repeat(300) })).toEqual([
      "description: is 600 bytes (300 characters); at most 500 bytes [provider] YC-DESCRIPTION-LENGTH",
    ]);
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_iam_service_account", { description: "д".repeat(240) })).toEqual([
      "description: is 480 bytes (240 characters); at most 256 bytes [provider] YC-DESCRIPTION-LENGTH",
    ]);
    expect(ruleLines(DESCRIPTION_LENGTH_RULE, "yandex_serverless_triggers", { description: "д".repeat(250) })).toEqual([]);
  });
});
