import * as fc from "fast-check";
import { CrWebsocketTrigger, ServiceAccount } from "../../../lib";
import {
  DESCRIPTION_LENGTH_RULE,
  GATEWAY_DESCRIPTION_LENGTH,
  GATEWAY_DESCRIPTION_RULE,
  gatewayDescriptionProblem,
  ID_LENGTH,
  ID_LENGTH_RULE,
  idProblem,
  JQ_FILTER_LENGTH,
  JQ_TRANSFORMER_LENGTH,
  jqProblem,
  labelEntryProblem,
  LengthLimit,
  LengthUnit,
  LABELS_RULE,
  ProviderRule,
  SERVICE_ACCOUNT_DESCRIPTION_LENGTH,
  serviceAccountDescriptionProblem,
  STRICT_LABEL_RULES,
  TRIGGER_DESCRIPTION_LENGTH,
  TRIGGER_JQ_LENGTH_RULE,
  TRIGGER_LABEL_RULES,
  triggerDescriptionProblem,
} from "../../../lib/validate/rules";
import { JsonObject } from "../../../lib/validate/values";
import { ruleLines } from "../../helpers/documents";
import { newStack } from "../../helpers/synth";
import { LENGTH_LIMITS, LENGTH_UNIT } from "../../fixtures/yandex-provider-facts";

// Lengths are counted in the unit of whoever checks them: UTF-8 bytes for the provider's
// LengthBetween validators (Go's len), characters for the API's own limits. The expected verdicts
// come from TextEncoder and the fixture's limits, not from lib/ (which counts with Buffer.byteLength).

const RUNS = { seed: 20261207, numRuns: 300 };

/** One character of each kind that counts differently: bytes, UTF-16 code units, code points. */
const UNITS = [
  { kind: "ASCII", text: "a" }, // 1 byte
  { kind: "Cyrillic", text: "д" }, // 2 bytes
  { kind: "emoji", text: "😀" }, // 4 bytes, 2 UTF-16 code units, 1 code point
  { kind: "combining mark", text: "e\u0301" }, // 3 bytes, 2 code points
] as const;

const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** Strings within a few bytes of `max` either way: one kind of character repeated, ASCII-padded to the exact length. */
function nearBytes(max: number): fc.Arbitrary<string> {
  return fc.record({ unit: fc.constantFrom(...UNITS), delta: fc.integer({ min: -6, max: 6 }) }).map(({ unit, delta }) => {
    const target = max + delta;
    const n = Math.floor(target / utf8(unit.text));
    return unit.text.repeat(n) + "a".repeat(target - n * utf8(unit.text));
  });
}

/** One length the provider bounds in bytes: the construct's check and the checker's rule for it. */
interface ByteCase {
  readonly name: string;
  readonly limit: LengthLimit;
  /** The fixture's limit, read from the provider reference. */
  readonly reference: number;
  /** What the construct's validation says. */
  readonly problem: (value: string) => string | undefined;
  readonly rule: ProviderRule;
  readonly type: string;
  readonly body: (value: string) => JsonObject;
}

const BYTE_CASES: readonly ByteCase[] = [
  {
    name: "trigger description",
    limit: TRIGGER_DESCRIPTION_LENGTH,
    reference: LENGTH_LIMITS.yandex_serverless_triggers.description,
    problem: triggerDescriptionProblem,
    rule: DESCRIPTION_LENGTH_RULE,
    type: "yandex_serverless_triggers",
    body: (description) => ({ description }),
  },
  {
    name: "service account description",
    limit: SERVICE_ACCOUNT_DESCRIPTION_LENGTH,
    reference: LENGTH_LIMITS.yandex_iam_service_account.description,
    problem: serviceAccountDescriptionProblem,
    rule: DESCRIPTION_LENGTH_RULE,
    type: "yandex_iam_service_account",
    body: (description) => ({ description }),
  },
  {
    name: "jq filter",
    limit: JQ_FILTER_LENGTH,
    reference: LENGTH_LIMITS.yandex_serverless_triggers["action.filter.jq"],
    problem: (jq) => jqProblem(jq, JQ_FILTER_LENGTH),
    rule: TRIGGER_JQ_LENGTH_RULE,
    type: "yandex_serverless_triggers",
    body: (jq) => ({ action: [{ filter: { jq } }] }),
  },
  {
    name: "jq transformer",
    limit: JQ_TRANSFORMER_LENGTH,
    reference: LENGTH_LIMITS.yandex_serverless_triggers["action.transformer.jq"],
    problem: (jq) => jqProblem(jq, JQ_TRANSFORMER_LENGTH),
    rule: TRIGGER_JQ_LENGTH_RULE,
    type: "yandex_serverless_triggers",
    body: (jq) => ({ action: [{ transformer: { jq } }] }),
  },
  {
    name: "folder id",
    limit: ID_LENGTH,
    reference: LENGTH_LIMITS.yandex_serverless_triggers.folder_id,
    problem: idProblem,
    rule: ID_LENGTH_RULE,
    type: "yandex_serverless_triggers",
    body: (folder_id) => ({ folder_id }),
  },
];

describe("length limits in the provider's unit, bytes", () => {
  test.each(BYTE_CASES)("$name: the limit is the reference's, in bytes", ({ limit, reference }) => {
    expect([limit.max, limit.unit]).toEqual([reference, LENGTH_UNIT]);
  });

  test.each(BYTE_CASES)(
    "$name: the construct and the checker accept exactly the values of at most the limit in UTF-8 bytes (ASCII, Cyrillic, emoji, combining marks)",
    ({ reference, problem, rule, type, body }) => {
      fc.assert(
        fc.property(nearBytes(reference), (value) => {
          const fits = utf8(value) <= reference;
          const found = ruleLines(rule, type, body(value));
          expect([utf8(value), problem(value) === undefined, found.length === 0]).toEqual([utf8(value), fits, fits]);
          if (!fits) {
            const counts = `is ${utf8(value)} bytes (${[...value].length} characters); at most ${reference} bytes`;
            expect(problem(value)).toBe(counts);
            expect(found).toEqual([expect.stringContaining(counts)]);
          }
        }),
        RUNS,
      );
    },
  );

  test.each(BYTE_CASES)(
    "$name: a Cyrillic value at the limit is accepted, one character over is refused",
    ({ reference, problem, rule, type, body }) => {
      const at = "д".repeat(reference / 2);
      expect([problem(at), ruleLines(rule, type, body(at))]).toEqual([undefined, []]);
      const over = `${at}д`;
      expect(problem(over)).toBe(`is ${reference + 2} bytes (${reference / 2 + 1} characters); at most ${reference} bytes`);
      expect(ruleLines(rule, type, body(over))).toHaveLength(1);
    },
  );

  test.each(BYTE_CASES)("$name: the ASCII twin exactly at the limit is accepted, one more is refused", ({ reference, problem, rule, type, body }) => {
    const at = "a".repeat(reference);
    expect([problem(at), ruleLines(rule, type, body(at))]).toEqual([undefined, []]);
    expect(problem(`${at}a`)).toBe(`is ${reference + 1} bytes (${reference + 1} characters); at most ${reference} bytes`);
  });

  test.each([
    ["TRIGGER_LABEL_RULES", TRIGGER_LABEL_RULES, "yandex_serverless_triggers"],
    ["STRICT_LABEL_RULES", STRICT_LABEL_RULES, "yandex_container_registry"],
  ] as const)("%s: label values are measured in bytes, and only ASCII passes their pattern", (_name, rules, type) => {
    fc.assert(
      fc.property(nearBytes(63), (value) => {
        const fits = utf8(value) <= 63 && /^[a]*$/.test(value);
        expect([value, labelEntryProblem("k", value, rules) === undefined]).toEqual([value, fits]);
        expect([value, ruleLines(LABELS_RULE, type, { labels: { k: value } }).length === 0]).toEqual([value, fits]);
      }),
      { ...RUNS, numRuns: 100 },
    );
    expect(rules.valueLength.unit).toBe(LengthUnit.BYTES);
  });

  test("the constructs refuse what the checker refuses: a ServiceAccount and a CrWebsocketTrigger description near their limits", () => {
    fc.assert(
      fc.property(nearBytes(SERVICE_ACCOUNT_DESCRIPTION_LENGTH.max), nearBytes(TRIGGER_DESCRIPTION_LENGTH.max), (account, trigger) => {
        const stack = newStack();
        const construct = (make: () => unknown) => {
          try {
            make();
            return "accepted";
          } catch (e) {
            return (e as Error).message.includes("description: ") ? "refused" : (e as Error).message;
          }
        };
        const verdict = (fits: boolean) => (fits ? "accepted" : "refused");
        expect(construct(() => new ServiceAccount(stack, "Account", { description: account }))).toBe(
          verdict(utf8(account) <= SERVICE_ACCOUNT_DESCRIPTION_LENGTH.max),
        );
        expect(construct(() => new CrWebsocketTrigger(stack, "Events", { description: trigger }))).toBe(
          verdict(utf8(trigger) <= TRIGGER_DESCRIPTION_LENGTH.max),
        );
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

describe("length limits in the API's unit, characters", () => {
  test("a gateway description counts characters: 256 Cyrillic characters (512 bytes) are accepted, 257 refused", () => {
    expect(GATEWAY_DESCRIPTION_LENGTH.unit).toBe(LengthUnit.CHARACTERS);
    expect(gatewayDescriptionProblem("д".repeat(256))).toBeUndefined();
    expect(gatewayDescriptionProblem("д".repeat(257))).toBe("is 257 characters; at most 256 characters");
    expect(ruleLines(GATEWAY_DESCRIPTION_RULE, "yandex_api_gateway", { description: "д".repeat(256) })).toEqual([]);
  });

  test("counts an emoji as 2, the stricter reading, and says so", () => {
    expect(gatewayDescriptionProblem("😀".repeat(128))).toBeUndefined();
    expect(gatewayDescriptionProblem("😀".repeat(129))).toBe(
      "is 258 characters (an emoji or other character outside the Basic Multilingual Plane counts as 2; 129 code points); at most 256 characters",
    );
  });
});
