import {
  ACCESS_BINDING_ID_LENGTH,
  EXPIRES_AT_RANGE,
  GATEWAY_DESCRIPTION_LENGTH,
  GATEWAY_DESCRIPTION_RULE,
  GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE,
  GATEWAY_EXECUTION_TIMEOUT_SECONDS,
  GATEWAY_LABEL_RULES,
  GATEWAY_LABELS_RULE,
  GATEWAY_LIMITS_RULE,
  GATEWAY_LOG_LEVEL_RULE,
  GATEWAY_LOG_LEVELS,
  GATEWAY_MAX_CUSTOM_DOMAINS,
  GATEWAY_MAX_SPEC_BYTES,
  GATEWAY_NAME_PATTERN,
  GATEWAY_NAME_RULE,
  gatewayDescriptionFrom,
  gatewayDescriptionProblem,
  gatewayNameProblem,
  IAM_BINDING_FIELDS_RULE,
  LABEL_COUNT_RULE,
  LengthUnit,
  MAX_LABELS,
  MAX_TRIGGER_ACTIONS,
  PROVIDER_RULES,
  ProviderRule,
  RETRY_INTERVAL_SECONDS,
  SERVICE_ACCOUNT_EXPIRES_AT_RANGE_RULE,
  SUBJECT_PART_LENGTH,
  TRIGGER_ACTION_RULE,
  TRIGGER_BATCH_SETTINGS_RULE,
  TRIGGER_BROADCAST_RULE,
  TRIGGER_EVENT_TYPES_RULE,
  TRIGGER_JQ_REQUIRED_RULE,
  TRIGGER_RETRY_INTERVAL_RULE,
  TRIGGER_SOURCE_RULE,
} from "../../../lib/validate/rules";
import { FindingKind } from "../../../lib/validate/findings";
import { JsonObject } from "../../../lib/validate/values";
import {
  API_LABEL_FACTS,
  API_LENGTH_LIMITS,
  API_NAME_PATTERNS,
  API_VALUES,
  DOCUMENTED_LIMITS,
  LOOSER_ROWS,
} from "../../fixtures/yandex-cloudapi-facts";
import { ruleLines, ruleLinesInDocument } from "../../helpers/documents";

// Each API rule is checked against the facts copied from the cloudapi reference, never against its own constants.

const TRIGGER = "yandex_serverless_triggers";
const GATEWAY = "yandex_api_gateway";
const broadcast = { gateway_id: "g", path: "/p", service_account_id: "sa" };
const registrySource = (extra: JsonObject = {}) => ({
  container_registry: { registry_id: "r", event_type: ["CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"], ...extra },
});
const goodTrigger = (extra: JsonObject = {}): JsonObject => ({
  name: "t",
  source: registrySource(),
  action: [{ gateway_websocket_broadcast: broadcast }],
  ...extra,
});
const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, "v"]));
const apiPattern = (source: string) => new RegExp(`^(${source})$`);
const lines = (rule: ProviderRule, type: string, body: JsonObject) => ruleLines(rule, type, body);

/** A body that breaks each looser row, the rule that must report it, and the same body made valid. */
const LOOSER_CASES: Record<string, { rule: ProviderRule; bad: JsonObject; good: JsonObject }> = {
  [`${TRIGGER} labels`]: { rule: LABEL_COUNT_RULE, bad: goodTrigger({ labels: many(65) }), good: goodTrigger({ labels: many(64) }) },
  [`${TRIGGER} source`]: { rule: TRIGGER_SOURCE_RULE, bad: goodTrigger({ source: {} }), good: goodTrigger() },
  [`${TRIGGER} source.container_registry.event_type`]: {
    rule: TRIGGER_EVENT_TYPES_RULE,
    bad: goodTrigger({ source: registrySource({ event_type: ["CONTAINER_REGISTRY_EVENT_TYPE_UNSPECIFIED"] }) }),
    good: goodTrigger(),
  },
  [`${TRIGGER} source.container_registry.batch_settings`]: {
    rule: TRIGGER_BATCH_SETTINGS_RULE,
    bad: goodTrigger({ source: registrySource({ batch_settings: { cutoff: "1s", max_count: 0 } }) }),
    good: goodTrigger({ source: registrySource({ batch_settings: { cutoff: "1s", max_count: 1 } }) }),
  },
  [`${TRIGGER} action`]: {
    rule: TRIGGER_ACTION_RULE,
    bad: goodTrigger({ action: Array.from({ length: 6 }, () => ({ gateway_websocket_broadcast: broadcast })) }),
    good: goodTrigger({ action: Array.from({ length: 5 }, () => ({ gateway_websocket_broadcast: broadcast })) }),
  },
  [`${TRIGGER} action[].{invoke_container|invoke_function|gateway_websocket_broadcast|start_workflow}`]: {
    rule: TRIGGER_ACTION_RULE,
    bad: goodTrigger({ action: [{}] }),
    good: goodTrigger(),
  },
  [`${TRIGGER} action[].gateway_websocket_broadcast.service_account_id`]: {
    rule: TRIGGER_BROADCAST_RULE,
    bad: goodTrigger({ action: [{ gateway_websocket_broadcast: { gateway_id: "g", path: "/p" } }] }),
    good: goodTrigger(),
  },
  [`${TRIGGER} action[].retry_policy.interval`]: {
    rule: TRIGGER_RETRY_INTERVAL_RULE,
    bad: goodTrigger({ action: [{ invoke_function: { function_id: "f" }, retry_policy: { retry_attempts: 1, interval: "9s" } }] }),
    good: goodTrigger({ action: [{ invoke_function: { function_id: "f" }, retry_policy: { retry_attempts: 1, interval: "10s" } }] }),
  },
  [`${TRIGGER} action[].filter`]: {
    rule: TRIGGER_JQ_REQUIRED_RULE,
    bad: goodTrigger({ action: [{ gateway_websocket_broadcast: broadcast, filter: {} }] }),
    good: goodTrigger({ action: [{ gateway_websocket_broadcast: broadcast, filter: { jq: "." } }] }),
  },
  [`${TRIGGER} action[].transformer`]: {
    rule: TRIGGER_JQ_REQUIRED_RULE,
    bad: goodTrigger({ action: [{ gateway_websocket_broadcast: broadcast, transformer: {} }] }),
    good: goodTrigger({ action: [{ gateway_websocket_broadcast: broadcast, transformer: { jq: "." } }] }),
  },
  [`${GATEWAY} name`]: { rule: GATEWAY_NAME_RULE, bad: { name: "Events_1" }, good: { name: "e" } },
  [`${GATEWAY} description`]: { rule: GATEWAY_DESCRIPTION_RULE, bad: { description: "d".repeat(257) }, good: { description: "d".repeat(256) } },
  [`${GATEWAY} labels`]: { rule: GATEWAY_LABELS_RULE, bad: { labels: { a: "X" } }, good: { labels: { a: "x.y/z@w" } } },
  [`${GATEWAY} labels.<key>`]: { rule: GATEWAY_LABELS_RULE, bad: { labels: { "1a": "x" } }, good: { labels: { "a.b/c@d": "x" } } },
  [`${GATEWAY} execution_timeout`]: {
    rule: GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE,
    bad: { execution_timeout: "601" },
    good: { execution_timeout: "600" },
  },
  ["yandex_container_registry labels"]: { rule: LABEL_COUNT_RULE, bad: { labels: many(65) }, good: { labels: many(64) } },
};

describe("API rules", () => {
  test("cover every row of the reference where the provider is looser than the API", () => {
    const rows = Object.entries(LOOSER_ROWS).flatMap(([type, attributes]) => attributes.map((a) => `${type} ${a}`));
    expect(Object.keys(LOOSER_CASES).sort()).toEqual(rows.sort());
  });

  test.each(Object.entries(LOOSER_CASES))("%s: reported as an API finding, and the valid value passes", (row, { rule, bad, good }) => {
    const type = row.split(" ")[0];
    expect(lines(rule, type, bad)).toEqual([expect.stringContaining(`[api] ${rule.id}`)]);
    expect(lines(rule, type, good)).toEqual([]);
  });

  test("each names its source and has kind api unless it is a provider rule", () => {
    for (const rule of PROVIDER_RULES) {
      expect(rule.source).toMatch(/^(provider 0\.222\.0|cloudapi|docs|Docker|terraform-plugin)/);
      if (rule.kind === FindingKind.API) expect(rule.source).toMatch(/cloudapi|docs|Docker/);
    }
  });

  test("pass the construct's own output", () => {
    for (const rule of PROVIDER_RULES.filter((r) => r.kind === FindingKind.API)) expect([rule.id, ruleLinesInDocument(rule)]).toEqual([rule.id, []]);
  });
});

describe("YC-GATEWAY-NAME", () => {
  test("agrees with the API's pattern on names near every boundary", () => {
    const api = apiPattern(API_NAME_PATTERNS[GATEWAY]);
    const names = ["", "a", "ab", "a-", "-a", "A", "a_b", "a".repeat(63), "a".repeat(64), "a1-b", "1a", "a.b"];
    for (const name of names) expect([name, GATEWAY_NAME_PATTERN.test(name)]).toEqual([name, api.test(name)]);
  });

  test("gatewayNameProblem refuses the empty name the API would take, and says what is allowed", () => {
    expect(gatewayNameProblem("a")).toBeUndefined();
    expect(gatewayNameProblem("")).toMatch(/^must be 1-63 characters/);
    expect(gatewayNameProblem("Bad")).toMatch(/lower-case letters/);
  });
});

describe("YC-GATEWAY-DESCRIPTION", () => {
  test("uses the API's limit, and gatewayDescriptionProblem states it", () => {
    expect(GATEWAY_DESCRIPTION_LENGTH).toEqual({ min: 0, max: API_LENGTH_LIMITS[GATEWAY].description, unit: LengthUnit.CHARACTERS });
    expect(gatewayDescriptionProblem("d".repeat(256))).toBeUndefined();
    expect(gatewayDescriptionProblem("d".repeat(300))).toBe("is 300 characters; at most 256 characters");
    expect(lines(GATEWAY_DESCRIPTION_RULE, GATEWAY, { description: "d".repeat(300) })).toEqual([
      "description: is 300 characters; at most 256 characters [api] YC-GATEWAY-DESCRIPTION",
    ]);
  });
});

describe("gatewayDescriptionFrom", () => {
  test("keeps a trigger description that fits a gateway and cuts a longer one to the gateway's limit", () => {
    expect(gatewayDescriptionFrom(undefined)).toBeUndefined();
    expect(gatewayDescriptionFrom("d".repeat(256))).toBe("d".repeat(256));
    const cut = gatewayDescriptionFrom("d".repeat(300))!;
    expect([cut.length, cut.endsWith("…"), gatewayDescriptionProblem(cut)]).toEqual([API_LENGTH_LIMITS[GATEWAY].description, true, undefined]);
    expect(gatewayDescriptionFrom("é".repeat(254) + "😀😀")).toBe(`${"é".repeat(254)}…`);
    expect(gatewayDescriptionFrom("${TfToken[TOKEN.1]}")).toBe("${TfToken[TOKEN.1]}");
  });
});

describe("YC-GATEWAY-LABELS and YC-LABEL-COUNT", () => {
  test("use the API's label facts", () => {
    const facts = API_LABEL_FACTS[GATEWAY];
    expect(MAX_LABELS).toBe(facts.maxPairs);
    for (const t of Object.values(API_LABEL_FACTS)) expect(t.maxPairs).toBe(MAX_LABELS);
    expect(GATEWAY_LABEL_RULES.keyLength).toEqual({ ...facts.keyLength, unit: LengthUnit.CHARACTERS });
    expect(GATEWAY_LABEL_RULES.valueLength).toEqual({ min: 0, max: facts.valueMaxLength, unit: LengthUnit.CHARACTERS });
    const chars = [..."az09-_./@\\ A:"];
    for (const c of chars) {
      expect([c, GATEWAY_LABEL_RULES.valuePattern.test(c)]).toEqual([c, apiPattern(facts.valuePattern).test(c)]);
      expect([c, GATEWAY_LABEL_RULES.keyPattern.test(`a${c}`)]).toEqual([c, apiPattern(facts.keyPattern).test(`a${c}`)]);
    }
  });

  test("count labels on all four types and skip unknown maps", () => {
    for (const type of Object.keys(API_LABEL_FACTS)) {
      expect(lines(LABEL_COUNT_RULE, type, { labels: many(65) })).toEqual(["labels: must have at most 64 labels (it has 65) [api] YC-LABEL-COUNT"]);
    }
    expect(lines(LABEL_COUNT_RULE, GATEWAY, { labels: "${var.labels}" })).toEqual([]);
  });
});

describe("YC-GATEWAY-EXECUTION-TIMEOUT-RANGE", () => {
  test("uses the API's range", () => {
    expect(API_VALUES[GATEWAY].execution_timeout).toBe(`${GATEWAY_EXECUTION_TIMEOUT_SECONDS.min}s-${GATEWAY_EXECUTION_TIMEOUT_SECONDS.max}s`);
    expect(lines(GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE, GATEWAY, { execution_timeout: "0" })).toEqual([]);
    expect(lines(GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE, GATEWAY, { execution_timeout: "5m" })).toEqual([]);
    expect(lines(GATEWAY_EXECUTION_TIMEOUT_RANGE_RULE, GATEWAY, { execution_timeout: "900" })).toEqual([
      'execution_timeout: got "900"; must be 0 to 600 seconds [api] YC-GATEWAY-EXECUTION-TIMEOUT-RANGE',
    ]);
  });
});

describe("YC-GATEWAY-LOG-LEVEL", () => {
  test("uses the API's enum, in a block list or a single block", () => {
    expect(`enum: ${GATEWAY_LOG_LEVELS.join("|")}`).toBe(API_VALUES[GATEWAY]["log_options.min_level"]);
    expect(lines(GATEWAY_LOG_LEVEL_RULE, GATEWAY, { log_options: [{ min_level: "WARN" }] })).toEqual([]);
    expect(lines(GATEWAY_LOG_LEVEL_RULE, GATEWAY, { log_options: [{ min_level: "warn" }] })).toEqual([
      'log_options[0].min_level: got "warn"; must be one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL [api] YC-GATEWAY-LOG-LEVEL',
    ]);
    expect(lines(GATEWAY_LOG_LEVEL_RULE, GATEWAY, { log_options: { min_level: "NOTICE" } })).toEqual([
      expect.stringMatching(/^log_options\.min_level: got "NOTICE"/),
    ]);
  });
});

describe("YC-GATEWAY-LIMITS", () => {
  test("uses the documented custom domain count and spec size", () => {
    expect(GATEWAY_MAX_CUSTOM_DOMAINS).toBe(DOCUMENTED_LIMITS.customDomainsPerGateway);
    expect(GATEWAY_MAX_SPEC_BYTES).toBe(DOCUMENTED_LIMITS.specMb * 1024 * 1024);
    const domains = (n: number) => Array.from({ length: n }, (_, i) => ({ fqdn: `d${i}.example.com`, certificate_id: "c" }));
    expect(lines(GATEWAY_LIMITS_RULE, GATEWAY, { custom_domains: domains(20), spec: "x".repeat(GATEWAY_MAX_SPEC_BYTES) })).toEqual([]);
    expect(lines(GATEWAY_LIMITS_RULE, GATEWAY, { custom_domains: domains(21), spec: "x".repeat(GATEWAY_MAX_SPEC_BYTES + 1) })).toEqual([
      "custom_domains: has 21 domains; an API gateway may have at most 20 [api] YC-GATEWAY-LIMITS",
      `spec: is ${GATEWAY_MAX_SPEC_BYTES + 1} bytes; an API gateway specification may be at most 3.5 MB [api] YC-GATEWAY-LIMITS`,
    ]);
  });
});

describe("YC-TRIGGER-ACTION", () => {
  test("allows the documented number of targets", () => {
    expect(MAX_TRIGGER_ACTIONS).toBe(DOCUMENTED_LIMITS.targetsPerTrigger);
  });
});

describe("YC-TRIGGER-BATCH-SETTINGS", () => {
  const withBatch = (batch_settings: JsonObject) => goodTrigger({ source: registrySource({ batch_settings }) });
  test("takes the API's rule: one of max_count and max_bytes above 0, unset counting as 0", () => {
    expect(API_VALUES[TRIGGER]["source.container_registry.batch_settings"]).toBe("at least one of max_count, max_bytes > 0");
    expect(lines(TRIGGER_BATCH_SETTINGS_RULE, TRIGGER, withBatch({ cutoff: "1s", max_bytes: 1 }))).toEqual([]);
    expect(lines(TRIGGER_BATCH_SETTINGS_RULE, TRIGGER, withBatch({ cutoff: "1s", max_count: "${var.n}" }))).toEqual([]);
    for (const batch of [{ cutoff: "1s" }, { cutoff: "1s", max_count: 0, max_bytes: "0" }, { cutoff: "1s", max_count: null }] as JsonObject[]) {
      expect(lines(TRIGGER_BATCH_SETTINGS_RULE, TRIGGER, withBatch(batch))).toEqual([
        expect.stringMatching(
          /^source\.container_registry\.batch_settings: max_count and max_bytes are both 0 or unset; .* \[api\] YC-TRIGGER-BATCH-SETTINGS$/,
        ),
      ]);
    }
  });
});

describe("YC-TRIGGER-RETRY-INTERVAL", () => {
  test("uses the API's range, in any Go duration spelling", () => {
    expect(API_VALUES[TRIGGER]["action[].retry_policy.interval"]).toBe(`${RETRY_INTERVAL_SECONDS.min}s-${RETRY_INTERVAL_SECONDS.max / 60}m`);
    const withInterval = (interval: string) =>
      goodTrigger({ action: [{ invoke_function: { function_id: "f" }, retry_policy: { retry_attempts: 1, interval } }] });
    for (const ok of ["10s", "1m", "0.5m", "59s999ms", "1m0s"])
      expect([ok, lines(TRIGGER_RETRY_INTERVAL_RULE, TRIGGER, withInterval(ok))]).toEqual([ok, []]);
    for (const bad of ["9s", "1m1s", "2m", "-10s", "1h"])
      expect([bad, lines(TRIGGER_RETRY_INTERVAL_RULE, TRIGGER, withInterval(bad)).length]).toEqual([bad, 1]);
    expect(lines(TRIGGER_RETRY_INTERVAL_RULE, TRIGGER, withInterval("ten"))).toEqual([]);
  });
});

describe("YC-SERVICE-ACCOUNT-EXPIRES-AT-RANGE", () => {
  test("uses the API's bounds", () => {
    const [from, to] = API_VALUES.yandex_iam_service_account.expires_at.split("-");
    const iso = (s: string) =>
      `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}${s.slice(15)}Z`;
    expect([iso(from).replace(".000000000", ""), iso(to)]).toEqual([EXPIRES_AT_RANGE.min, EXPIRES_AT_RANGE.max]);
    const sa = (expires_at: string) => lines(SERVICE_ACCOUNT_EXPIRES_AT_RANGE_RULE, "yandex_iam_service_account", { name: "a", expires_at });
    expect(sa("1970-01-01T00:00:00Z")).toEqual([]);
    expect(sa("2105-12-31T23:59:59.999Z")).toEqual([]);
    expect(sa("1969-12-31T23:59:59Z")).toEqual([
      expect.stringMatching(/must be from 1970-01-01T00:00:00Z to 2105-12-31T23:59:59\.999999999Z \[api\]/),
    ]);
    expect(sa("2106-01-01T00:00:00Z")).toHaveLength(1);
    expect(sa("not a time")).toEqual([]);
  });
});

describe("YC-IAM-BINDING-FIELDS", () => {
  const TYPES = ["yandex_resourcemanager_folder_iam_member", "yandex_api_gateway_iam_member"] as const;
  const idKey = (type: string) => (type === TYPES[0] ? "folder_id" : "api_gateway_id");

  test("uses the API's lengths and documented subject types", () => {
    for (const type of TYPES) {
      expect(API_LENGTH_LIMITS[type][idKey(type)]).toBe(ACCESS_BINDING_ID_LENGTH.max);
      expect(API_LENGTH_LIMITS[type].role).toBe(ACCESS_BINDING_ID_LENGTH.max);
      expect(API_LENGTH_LIMITS[type]["member.id"]).toBe(SUBJECT_PART_LENGTH.max);
      expect(API_LENGTH_LIMITS[type]["member.type"]).toBe(SUBJECT_PART_LENGTH.max);
      expect([ACCESS_BINDING_ID_LENGTH.unit, SUBJECT_PART_LENGTH.unit]).toEqual([LengthUnit.CHARACTERS, LengthUnit.CHARACTERS]);
      for (const t of API_VALUES[type].member.replace(" (documented)", "").split("|")) {
        expect(lines(IAM_BINDING_FIELDS_RULE, type, { [idKey(type)]: "b1g", role: "viewer", member: `${t}:x` })).toEqual([]);
      }
    }
  });

  test("fails on long ids, an empty role, an unknown subject type and long subject parts", () => {
    for (const type of TYPES) {
      expect(
        lines(IAM_BINDING_FIELDS_RULE, type, { [idKey(type)]: "f".repeat(65), role: "", member: `robot:${"i".repeat(101)}` }).map(
          (l) => l.split(":")[0],
        ),
      ).toEqual([idKey(type), "role", "member", "member"]);
      expect(lines(IAM_BINDING_FIELDS_RULE, type, { [idKey(type)]: "f".repeat(64), role: "r", member: "group:x" })).toEqual([]);
      expect(lines(IAM_BINDING_FIELDS_RULE, type, { [idKey(type)]: "${var.f}", role: "r", member: "${var.m}" })).toEqual([]);
    }
  });
});
