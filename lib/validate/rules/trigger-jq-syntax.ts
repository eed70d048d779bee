import { childPath, FindingKind } from "../findings";
import { isObject } from "../values";
import { compileJq, JQ_IMPLEMENTATION } from "../../private/jq";
import { known, ProviderRule } from "./rule";
import { actions } from "./trigger-parts";

export { jqSyntaxProblem } from "../../private/jq";

/** YC-TRIGGER-JQ-SYNTAX: every jq filter and transformer of a trigger compiles. */
export const TRIGGER_JQ_SYNTAX_RULE: ProviderRule = {
  id: "YC-TRIGGER-JQ-SYNTAX",
  rationale: "The provider checks only the length of a jq expression, so a syntax error surfaces in the cloud.",
  resourceTypes: ["yandex_serverless_triggers"],
  kind: FindingKind.API,
  source: `cloudapi serverless/triggers/v2/trigger.proto (Filter.jq, Transformer.jq: jq expressions); compiled here with ${JQ_IMPLEMENTATION}`,
  check(body, report) {
    for (const { value, path } of actions(body)) {
      for (const key of ["filter", "transformer"]) {
        const block = value[key];
        const jq = isObject(block) ? known(block.jq) : undefined;
        if (typeof jq !== "string" || jq === "") continue;
        const { error } = compileJq(jq);
        if (error !== undefined) report(childPath(childPath(path, key), "jq"), `jq cannot compile ${JSON.stringify(jq)}: ${error}`);
      }
    }
  },
};
