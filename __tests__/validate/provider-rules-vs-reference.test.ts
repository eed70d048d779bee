import * as fc from "fast-check";
import { RESOURCE_TYPES_IN_USE } from "../../lib/provider-schema";
import { LIMITS, REPLACING_ARGUMENTS, ReplaceRule, STATEFUL_TYPES, WEBSOCKET_BROADCASTER_ROLE } from "../../lib/validate/provider-rules";
import {
  CONTAINER_REGISTRY_EVENT_TYPES,
  LabelRules,
  labelEntryProblem,
  RESOURCE_NAME_PATTERN,
  resourceNameProblem,
  SERVICE_ACCOUNT_NAME_PATTERN,
  STRICT_LABEL_RULES,
  TRIGGER_LABEL_RULES,
} from "../../lib/validate/rules";
import * as facts from "../fixtures/yandex-provider-facts";
import { expectedReplace, goPattern, labelEntryAccepted } from "../helpers/provider-facts";

// provider-rules.ts is checked against the fixture copied from the provider reference, which shares
// nothing with lib/: a wrong rule there fails here even when every consumer of it agrees.

const RUNS = { seed: 20261128, numRuns: 2000 };
// `id` of the IAM members is never configured: its RequiresReplace shows in the fixture as the
// replacement of every other attribute (sleep_after's ComputedRequiresReplace), not as an argument.
const CONFIGURABLE = (attribute: string) => attribute !== "id";
const RULE_NAMES: Record<ReplaceRule, string> = { [ReplaceRule.ALWAYS]: "always", [ReplaceRule.IF_CONFIGURED]: "if-configured" };

/** Characters that decide every name and label rule, plus a few that none allows. */
const ALPHABET = [..."abcz09-_./@", "A", "Z", ":", " ", "é", "\n"];
const letter = fc.constantFrom(..."abz");
const anyChar = fc.constantFrom(...ALPHABET);
/** A length from 0 to 66, every one equally likely, so the 63/64 boundaries are hit often. */
const length = fc.integer({ min: 0, max: 66 });
const ofLength = (unit: fc.Arbitrary<string>) => length.chain((n) => fc.string({ unit, minLength: n, maxLength: n }));
/** Strings near every boundary: short random ones, and letter-led ones of every length up to 67. */
const candidate = fc.oneof(
  fc.string({ unit: anyChar, maxLength: 8 }),
  fc.tuple(letter, ofLength(anyChar)).map(([a, b]) => a + b),
  fc.tuple(letter, ofLength(fc.constantFrom(..."a0-"))).map(([a, b]) => a + b),
  ofLength(fc.constantFrom(..."a0-_./@")),
);

function sameVerdicts(project: (s: string) => boolean, reference: (s: string) => boolean): void {
  fc.assert(
    fc.property(candidate, (s) => {
      expect([s, project(s)]).toEqual([s, reference(s)]);
    }),
    RUNS,
  );
}

describe("REPLACING_ARGUMENTS against the provider reference", () => {
  test("covers every resource type the library emits", () => {
    for (const type of RESOURCE_TYPES_IN_USE) expect(Object.keys(facts.REPLACE_FACTS)).toContain(type);
  });

  test("names no type the reference does not describe", () => {
    for (const type of Object.keys(REPLACING_ARGUMENTS)) expect(Object.keys(facts.REPLACE_FACTS)).toContain(type);
  });

  test.each(Object.keys(facts.REPLACE_FACTS))("%s: exactly the replacing arguments, each with its rule", (type) => {
    const expected = Object.fromEntries(
      Object.keys(facts.REPLACE_FACTS[type])
        .filter(CONFIGURABLE)
        .map((attribute) => [attribute, expectedReplace(type, attribute)]),
    );
    const actual = Object.fromEntries(
      Object.entries(REPLACING_ARGUMENTS[type] ?? {})
        .filter(([attribute]) => CONFIGURABLE(attribute))
        .map(([attribute, rule]) => [attribute, RULE_NAMES[rule]]),
    );
    expect(actual).toEqual(expected);
  });
});

describe("STATEFUL_TYPES against the cloud facts", () => {
  test("lists exactly the types that cannot be destroyed while they hold data", () => {
    expect(Object.keys(STATEFUL_TYPES).sort()).toEqual([...facts.STATEFUL_TYPES].sort());
  });
});

describe("name patterns against the provider reference", () => {
  test.each(["yandex_serverless_triggers", "yandex_container_registry"])("RESOURCE_NAME_PATTERN accepts what %s's NAME_RE accepts", (type) => {
    const reference = goPattern(facts.NAME_PATTERNS[type]);
    sameVerdicts(
      (s) => RESOURCE_NAME_PATTERN.test(s),
      (s) => reference.test(s),
    );
  });

  test("resourceNameProblem accepts the reference's non-empty names only: an empty name names nothing", () => {
    const reference = goPattern(facts.NAME_PATTERNS.yandex_serverless_triggers);
    sameVerdicts(
      (s) => resourceNameProblem(s) === undefined,
      (s) => s !== "" && reference.test(s),
    );
  });

  test("SERVICE_ACCOUNT_NAME_PATTERN accepts what the service account's name regex accepts", () => {
    const reference = goPattern(facts.NAME_PATTERNS.yandex_iam_service_account);
    sameVerdicts(
      (s) => SERVICE_ACCOUNT_NAME_PATTERN.test(s),
      (s) => reference.test(s),
    );
  });
});

describe("label rules against the provider reference", () => {
  const cases: Array<[string, string, LabelRules]> = [
    ["TRIGGER_LABEL_RULES", "yandex_serverless_triggers", TRIGGER_LABEL_RULES],
    ["STRICT_LABEL_RULES", "yandex_container_registry", STRICT_LABEL_RULES],
    ["STRICT_LABEL_RULES", "yandex_iam_service_account", STRICT_LABEL_RULES],
  ];

  test.each(cases)("%s judge keys as %s's labels do", (_name, type, rules) => {
    sameVerdicts(
      (key) => labelEntryProblem(key, "", rules) === undefined,
      (key) => labelEntryAccepted(facts.LABEL_FACTS[type], key, ""),
    );
  });

  test.each(cases)("%s judge values as %s's labels do", (_name, type, rules) => {
    sameVerdicts(
      (value) => labelEntryProblem("k", value, rules) === undefined,
      (value) => labelEntryAccepted(facts.LABEL_FACTS[type], "k", value),
    );
  });

  test.each(cases)("%s allow as many labels as %s", (_name, _type, rules) => {
    expect(rules.maxEntries).toBe(facts.MAX_LABELS);
  });

  test.each(facts.TRIGGER_ONLY_LABEL_CHARACTERS)("%s is allowed in trigger labels only", (ch) => {
    expect(labelEntryProblem(`a${ch}b`, `x${ch}`, TRIGGER_LABEL_RULES)).toBeUndefined();
    expect(labelEntryProblem(`a${ch}b`, "x", STRICT_LABEL_RULES)).toMatch(/^key /);
    expect(labelEntryProblem("a", `x${ch}`, STRICT_LABEL_RULES)).toMatch(/^value /);
  });
});

describe("LIMITS and constants against the provider reference", () => {
  test("idLength is the length limit of every id attribute", () => {
    const ids = Object.values(facts.LENGTH_LIMITS).flatMap((byPath) =>
      Object.entries(byPath)
        .filter(([p]) => /(^|\.|_)id$/.test(p))
        .map(([, n]) => n),
    );
    expect(ids.length).toBeGreaterThan(0);
    for (const n of ids) expect(LIMITS.idLength).toEqual({ min: 0, max: n, unit: facts.LENGTH_UNIT });
  });

  test("description and jq lengths, in the provider's unit", () => {
    const bytes = (max: number) => ({ min: 0, max, unit: facts.LENGTH_UNIT });
    expect(LIMITS.triggerDescriptionLength).toEqual(bytes(facts.LENGTH_LIMITS.yandex_serverless_triggers.description));
    expect(LIMITS.serviceAccountDescriptionLength).toEqual(bytes(facts.LENGTH_LIMITS.yandex_iam_service_account.description));
    expect(LIMITS.jqFilterLength).toEqual(bytes(facts.LENGTH_LIMITS.yandex_serverless_triggers["action.filter.jq"]));
    expect(LIMITS.jqTransformerLength).toEqual(bytes(facts.LENGTH_LIMITS.yandex_serverless_triggers["action.transformer.jq"]));
  });

  test.each([
    ["TRIGGER_LABEL_RULES", TRIGGER_LABEL_RULES, "yandex_serverless_triggers"],
    ["STRICT_LABEL_RULES", STRICT_LABEL_RULES, "yandex_container_registry"],
  ] as const)("%s count label lengths in the provider's unit", (_name, rules, type) => {
    expect(rules.keyLength).toEqual({ ...facts.LABEL_FACTS[type].keyLength, unit: facts.LENGTH_UNIT });
    expect(rules.valueLength).toEqual({ ...facts.LABEL_FACTS[type].valueLength, unit: facts.LENGTH_UNIT });
  });

  test("batch and retry ranges", () => {
    expect(LIMITS.batchMaxCount).toEqual(facts.TRIGGER_RANGES["batch_settings.max_count"]);
    expect(LIMITS.batchMaxBytes).toEqual(facts.TRIGGER_RANGES["batch_settings.max_bytes"]);
    expect(LIMITS.retryAttempts).toEqual(facts.TRIGGER_RANGES["action.retry_policy.retry_attempts"]);
  });

  test("the container registry event types and the broadcaster role", () => {
    expect(CONTAINER_REGISTRY_EVENT_TYPES).toEqual(facts.CONTAINER_REGISTRY_EVENT_TYPES);
    expect(WEBSOCKET_BROADCASTER_ROLE).toBe(facts.WEBSOCKET_BROADCASTER_ROLE);
  });
});
