import { GATEWAY_EXECUTION_TIMEOUT_RULE } from "../../../lib/validate/rules";
import { firstOf, put, ruleLines, ruleLinesInDocument } from "../../helpers/documents";

const TYPE = "yandex_api_gateway";

describe("YC-GATEWAY-EXECUTION-TIMEOUT", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(GATEWAY_EXECUTION_TIMEOUT_RULE)).toEqual([]);
  });

  test.each(["300", "0", "${var.t}", ""])("passes %p", (execution_timeout) => {
    expect(ruleLines(GATEWAY_EXECUTION_TIMEOUT_RULE, TYPE, { execution_timeout })).toEqual([]);
  });

  test.each(["5m", "a300", "300s"])("fails on %p", (execution_timeout) => {
    expect(ruleLines(GATEWAY_EXECUTION_TIMEOUT_RULE, TYPE, { execution_timeout })).toEqual([
      `execution_timeout: got ${JSON.stringify(execution_timeout)}; must be whole seconds written as a string, e.g. "300" ` +
        "[provider at apply] YC-GATEWAY-EXECUTION-TIMEOUT",
    ]);
  });

  test("fails in a document", () => {
    expect(ruleLinesInDocument(GATEWAY_EXECUTION_TIMEOUT_RULE, (d) => put(firstOf(d, TYPE), "execution_timeout", "5m"))).toEqual([
      expect.stringMatching(/^yandex_api_gateway\.\S+: execution_timeout: got "5m"/),
    ]);
  });
});
