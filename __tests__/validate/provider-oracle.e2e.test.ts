import * as fc from "fast-check";
import {
  IAM_MEMBER_RULE,
  idProblem,
  JQ_FILTER_LENGTH,
  JQ_TRANSFORMER_LENGTH,
  jqProblem,
  checkProviderRules,
  PROVIDER_RULES,
  RESOURCE_NAME_PATTERN,
  SERVICE_ACCOUNT_EXPIRES_AT_RULE,
  SERVICE_ACCOUNT_NAME_PATTERN,
  serviceAccountDescriptionProblem,
  TRIGGER_BATCH_CUTOFF_RULE,
  TRIGGER_JQ_SYNTAX_RULE,
  triggerDescriptionProblem,
} from "../../lib/validate/rules";
import { FindingKind } from "../../lib/validate";
import { PROVIDER_PLAN_FACTS } from "../../lib/validate/provider-plan-facts";
import { JsonObject } from "../../lib/validate/values";
import { hasGo, OracleCall, OracleType, readProviderSchema, runValidators } from "../../tools/provider-oracle/oracle";
import { planFactsOf } from "../../tools/provider-oracle/plan-facts";
import { firstOf, get, put, trigger, validDocument } from "../helpers/documents";

// The provider is the oracle: its schema is read from its own source (go/parser) and its real
// string validators (terraform-plugin-framework-validators) judge generated values; the checker and
// the constructs must give the same verdict. The provider binary itself cannot be built here (the
// module proxy does not serve its go-sdk dependencies), so this is the provider's validation code,
// not a `terraform plan`. Needs Go; without it the suite is skipped, loudly.
const withGo = hasGo() ? describe : describe.skip;
if (!hasGo()) console.warn("SKIPPED: no go on PATH, so the provider oracle is not run.");

const SEED = Number(process.env.ORACLE_SEED ?? Date.now() % 2 ** 31);
const PER_ATTRIBUTE = 320;

const UNITS = ["a", "д", "😀", "e\u0301", "-", "A", " "];
const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

/** Strings of one or two kinds of character, within a few bytes of `max` either way. */
function nearBytes(max: number): fc.Arbitrary<string> {
  return fc
    .record({
      a: fc.constantFrom(...UNITS.slice(0, 4)),
      b: fc.constantFrom(...UNITS.slice(0, 4)),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      delta: fc.integer({ min: -8, max: 8 }),
    })
    .map(({ a, b, share, delta }) => {
      const target = Math.max(0, max + delta);
      const parts: string[] = [];
      let bytes = 0;
      while (bytes + Math.max(utf8(a), utf8(b)) <= target) {
        const next = bytes < target * share ? a : b;
        parts.push(next);
        bytes += utf8(next);
      }
      return parts.join("") + "a".repeat(target - bytes);
    });
}

/** Names around the provider's name regexes: every length up to 66 from a small alphabet. */
const names = fc
  .tuple(fc.constantFrom("a", "z", "A", "-", "0", "д"), fc.string({ unit: fc.constantFrom(...UNITS, "0", "z"), maxLength: 66 }))
  .map(([h, t]) => h + t);

/** One attribute of a type: the provider's validators on it, where a generated value goes in a document, and the construct's check. */
interface Target {
  readonly type: string;
  /** Dotted attribute path in the provider's schema (`action.filter.jq`). */
  readonly attribute: string;
  readonly values: fc.Arbitrary<string>;
  /** Puts the value into a valid document; returns the finding path to look at. */
  readonly place: (doc: JsonObject, value: string) => { address: string; path: string };
  /** The construct's verdict: what its prop validation says (undefined: accepted); absent where no construct prop sets it. */
  readonly construct?: (value: string) => string | undefined;
}

const address = (doc: JsonObject, type: string) => `${type}.${Object.keys((doc.resource as JsonObject)[type] as JsonObject)[0]}`;

const TARGETS: readonly Target[] = [
  {
    type: "yandex_serverless_triggers",
    attribute: "description",
    values: nearBytes(500),
    place: (doc, v) => (put(trigger(doc), "description", v), { address: address(doc, "yandex_serverless_triggers"), path: "description" }),
    construct: triggerDescriptionProblem,
  },
  {
    type: "yandex_iam_service_account",
    attribute: "description",
    values: nearBytes(256),
    place: (doc, v) => (
      put(firstOf(doc, "yandex_iam_service_account"), "description", v),
      { address: address(doc, "yandex_iam_service_account"), path: "description" }
    ),
    construct: serviceAccountDescriptionProblem,
  },
  {
    type: "yandex_serverless_triggers",
    attribute: "action.filter.jq",
    // a jq string literal, so that the jq syntax check has nothing to say
    values: nearBytes(1022).map((s) => `"${s}"`),
    place: (doc, v) => (
      put(trigger(doc), "action.0.filter", { jq: v }),
      { address: address(doc, "yandex_serverless_triggers"), path: "action[0].filter.jq" }
    ),
    construct: (v) => jqProblem(v, JQ_FILTER_LENGTH),
  },
  {
    type: "yandex_serverless_triggers",
    attribute: "action.transformer.jq",
    values: nearBytes(65534).map((s) => `"${s}"`),
    place: (doc, v) => (
      put(trigger(doc), "action.0.transformer", { jq: v }),
      { address: address(doc, "yandex_serverless_triggers"), path: "action[0].transformer.jq" }
    ),
    construct: (v) => jqProblem(v, JQ_TRANSFORMER_LENGTH),
  },
  {
    type: "yandex_container_registry",
    attribute: "folder_id",
    values: nearBytes(50),
    place: (doc, v) => (
      put(firstOf(doc, "yandex_container_registry"), "folder_id", v),
      { address: address(doc, "yandex_container_registry"), path: "folder_id" }
    ),
    construct: idProblem,
  },
  {
    type: "yandex_serverless_triggers",
    attribute: "labels",
    values: fc.oneof(nearBytes(63), names),
    place: (doc, v) => (put(trigger(doc), "labels", { k: v }), { address: address(doc, "yandex_serverless_triggers"), path: "labels.k" }),
  },
  {
    type: "yandex_serverless_triggers",
    attribute: "name",
    values: names,
    place: (doc, v) => (put(trigger(doc), "name", v), { address: address(doc, "yandex_serverless_triggers"), path: "name" }),
    construct: (v) => (RESOURCE_NAME_PATTERN.test(v) ? undefined : "refused"),
  },
  {
    type: "yandex_iam_service_account",
    attribute: "name",
    values: names,
    place: (doc, v) => (
      put(firstOf(doc, "yandex_iam_service_account"), "name", v),
      { address: address(doc, "yandex_iam_service_account"), path: "name" }
    ),
    construct: (v) => (SERVICE_ACCOUNT_NAME_PATTERN.test(v) ? undefined : "refused"),
  },
];

/** The validators of an attribute that judge a string; a map's validators judge its values (ValueStringsAre). */
function stringValidators(type: OracleType, attribute: string): OracleCall[] {
  const calls = type.attributes[attribute]?.validators ?? [];
  expect(calls.length).toBeGreaterThan(0);
  return calls.filter((c) => c.func !== "mapvalidator.KeysAre");
}

// Every rule npm run check runs over a resource body, but the jq compile: it is the API's (never a
// plan verdict), and jq-web takes over a minute to compile a 64 KB string literal.
const PLAN_RULES = PROVIDER_RULES.filter((r) => r !== TRIGGER_JQ_SYNTAX_RULE);

/** npm run check's plan-time verdict on one value: refused when a `provider` finding sits at the path. */
function checkerRefuses(target: Target, value: string): boolean {
  const doc = validDocument();
  const at = target.place(doc, value);
  const body = get(doc, `resource.${at.address}`) as JsonObject;
  return checkProviderRules(at.address, target.type, body, PLAN_RULES).some((f) => f.path === at.path && f.kind === FindingKind.PROVIDER);
}

withGo("the provider's own code as the oracle", () => {
  let types: OracleType[];
  beforeAll(() => {
    types = readProviderSchema();
    console.log(`provider oracle: seed ${SEED} (ORACLE_SEED=${SEED} to repeat), ${PER_ATTRIBUTE} values for each of ${TARGETS.length} attributes`);
  }, 600_000);
  const typeOf = (name: string) => types.find((t) => t.kind === "resource" && t.name === name)!;

  test("lib/validate/provider-plan-facts.ts is what the provider's source says (regenerate: npm run provider:facts)", () => {
    expect(planFactsOf(types)).toEqual(PROVIDER_PLAN_FACTS);
  });

  test.each(TARGETS.map((t) => [`${t.type} ${t.attribute}`, t] as const))(
    "%s: the provider's validators, npm run check and the construct give the same verdict",
    (_name, target) => {
      const values = fc.sample(target.values, { seed: SEED + TARGETS.indexOf(target), numRuns: PER_ATTRIBUTE });
      const verdicts = runValidators(stringValidators(typeOf(target.type), target.attribute), values);
      const disagreements = values
        .map((value, i) => ({
          value,
          bytes: utf8(value),
          provider: verdicts[i].accepted ? "accepted" : `refused: ${verdicts[i].errors?.join("; ")}`,
          check: checkerRefuses(target, value) ? "refused" : "accepted",
          construct: target.construct ? (target.construct(value) === undefined ? "accepted" : "refused") : undefined,
        }))
        .filter((d) => {
          const provider = d.provider === "accepted" ? "accepted" : "refused";
          return d.check !== provider || (d.construct !== undefined && d.construct !== provider);
        })
        .sort((a, b) => a.bytes - b.bytes || a.value.length - b.value.length);
      // the smallest failing input first, with the seed to repeat the run
      expect({ seed: SEED, smallest: disagreements[0] }).toEqual({ seed: SEED, smallest: undefined });
      expect(values.length).toBeGreaterThanOrEqual(300);
    },
    600_000,
  );

  test("a Cyrillic value at each byte limit is accepted by the provider, one character over is refused", () => {
    for (const [type, attribute, max] of [
      ["yandex_serverless_triggers", "description", 500],
      ["yandex_iam_service_account", "description", 256],
      ["yandex_serverless_triggers", "action.filter.jq", 1024],
      ["yandex_serverless_triggers", "action.transformer.jq", 65536],
    ] as const) {
      const at = "д".repeat(max / 2);
      expect([
        type,
        attribute,
        runValidators(stringValidators(typeOf(type), attribute), [at, `${at}д`, "a".repeat(max)]).map((v) => v.accepted),
      ]).toEqual([type, attribute, [true, false, true]]);
    }
  });

  test("what the provider checks only at apply has no validator: the rules that find it say at apply", () => {
    const cutoff = typeOf("yandex_serverless_triggers").attributes["source.container_registry.batch_settings.cutoff"];
    expect([cutoff.validators, cutoff.planModifiers?.map((m) => m.func)]).toEqual([
      undefined,
      ["stringplanmodifier.UseStateForUnknown", "planmodifiers.DurationPlanModifier"],
    ]);
    expect(TRIGGER_BATCH_CUTOFF_RULE.kind).toBe(FindingKind.PROVIDER_AT_APPLY);
    expect(typeOf("yandex_iam_service_account").attributes.expires_at.validators).toBeUndefined();
    expect(SERVICE_ACCOUNT_EXPIRES_AT_RULE.kind).toBe(FindingKind.PROVIDER_AT_APPLY);
    for (const member of ["yandex_resourcemanager_folder_iam_member", "yandex_api_gateway_iam_member", "yandex_iam_service_account_iam_member"]) {
      expect(typeOf(member).attributes.member.validators).toBeUndefined();
    }
    expect(IAM_MEMBER_RULE.kind).toBe(FindingKind.PROVIDER_AT_APPLY);
  });
});
