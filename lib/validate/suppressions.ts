import { APP_RULES } from "./app-rules";
import { Finding } from "./findings";
import { REFERENCE_RULE } from "./references";
import { PROVIDER_RULES } from "./rules";
import { PropValidationError } from "../prop-validation-error";
import { RuleInfo } from "./rules/rule";
import { SCHEMA_RULE } from "./schema-check";

/** Every rule the offline checker reports under: the schema, the references, each provider and API rule, and the app rules. */
export const CHECK_RULES: readonly RuleInfo[] = [SCHEMA_RULE, REFERENCE_RULE, ...PROVIDER_RULES, ...APP_RULES];

/** One entry of an ignore list: a rule id, everywhere or only for one resource address. */
export interface Suppression {
  /** The rule id, such as `YC-TRIGGER-TAG`. */
  readonly rule: string;
  /**
   * Only findings for this address (`yandex_serverless_triggers.Events_1A2B3C4D`) are ignored.
   * @default - every address
   */
  readonly address?: string;
}

/** Parses `RULE-ID` or `RULE-ID:<address>`; fails, naming the entry and the known ids, when the rule id is unknown. */
export function parseSuppression(text: string): Suppression {
  const colon = text.indexOf(":");
  const rule = colon < 0 ? text : text.slice(0, colon);
  const address = colon < 0 ? undefined : text.slice(colon + 1);
  const refuse = (allowed: string): never => {
    throw new PropValidationError("suppression", "", [{ prop: "--ignore", value: text, allowed }]);
  };
  if (!CHECK_RULES.some((r) => r.id === rule)) {
    refuse(`no rule has the id ${JSON.stringify(rule)}; known: ${CHECK_RULES.map((r) => r.id).join(", ")}`);
  }
  if (address === "") refuse(`the address after ":" is empty; write RULE-ID or RULE-ID:<address>`);
  return address === undefined ? { rule } : { rule, address };
}

/** True when one of `suppressions` covers the finding. */
export function isSuppressed(finding: Finding, suppressions: readonly Suppression[]): boolean {
  return suppressions.some((s) => s.rule === finding.rule && (s.address === undefined || s.address === finding.address));
}
