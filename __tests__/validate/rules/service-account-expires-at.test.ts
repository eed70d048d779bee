import { SERVICE_ACCOUNT_EXPIRES_AT_RULE } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument } from "../../helpers/documents";

const TYPE = "yandex_iam_service_account";

describe("YC-SERVICE-ACCOUNT-EXPIRES-AT", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(SERVICE_ACCOUNT_EXPIRES_AT_RULE)).toEqual([]);
  });

  test.each(["2026-12-31T00:00:00Z", "2026-12-31T00:00:00.5+03:00", "2026-12-31T00:00:00.125Z", "2026-12-31T00:00:00-01:30", "${var.t}", ""])(
    "passes %p",
    (expires_at) => {
      expect(ruleLines(SERVICE_ACCOUNT_EXPIRES_AT_RULE, TYPE, { expires_at })).toEqual([]);
    },
  );

  test.each(["tomorrow", "2026-12-31", "2026-12-31T00:00:00", "x2026-12-31T00:00:00Z", "2026-12-31T00:00:00Zx", "2026-12-31T00:00:00.Z"])(
    "fails on %p",
    (expires_at) => {
      expect(ruleLines(SERVICE_ACCOUNT_EXPIRES_AT_RULE, TYPE, { expires_at })).toEqual([
        `expires_at: got ${JSON.stringify(expires_at)}; must be an RFC 3339 timestamp such as "2026-12-31T00:00:00Z" ` +
          "[provider at apply] YC-SERVICE-ACCOUNT-EXPIRES-AT",
      ]);
    },
  );

  test("fails in a document", () => {
    expect(ruleLinesInDocument(SERVICE_ACCOUNT_EXPIRES_AT_RULE, (d) => put(firstOf(d, TYPE), "expires_at", "tomorrow"))).toHaveLength(1);
  });
});
