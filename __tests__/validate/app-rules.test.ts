import { checkStacks, formatFinding } from "../../lib/validate";
import { appResources, checkAppRules, estimatedMessageBytes, MAX_EVENTS_PER_MESSAGE, messageSizeWarning } from "../../lib/validate/app-rules";
import { JsonObject } from "../../lib/validate/values";
import { DOCUMENTED_CR_EVENT } from "../fixtures/yandex-cr-event";
import { DOCUMENTED_LIMITS } from "../fixtures/yandex-cloudapi-facts";
import { schema } from "../helpers/documents";

type Resources = Record<string, Record<string, JsonObject>>;
const stack = (name: string, resource: Resources, provider: JsonObject[] = [{}]) => ({ name, doc: { provider: { yandex: provider }, resource } });
const lines = (...stacks: ReturnType<typeof stack>[]) => checkAppRules(appResources(stacks)).map((f) => `${f.stack} ${formatFinding(f)}`);
const times = (n: number, body: (i: number) => JsonObject) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`R${i}`, body(i)]));
const trigger = (max_count: number, extra: JsonObject = {}) => ({
  name: "t",
  source: { container_registry: { registry_id: "r", batch_settings: { cutoff: "1s", max_count } } },
  action: [{ gateway_websocket_broadcast: { gateway_id: "g", path: "/", service_account_id: "s" }, ...extra }],
});

describe("YC-REGISTRY-PER-FOLDER", () => {
  test("fails on a second registry in one folder, whatever its name, naming both addresses", () => {
    expect(
      lines(stack("a", { yandex_container_registry: { One: { name: "one" } } }), stack("b", { yandex_container_registry: { Two: { name: "two" } } })),
    ).toEqual([
      expect.stringMatching(
        /^b yandex_container_registry\.Two: a second container registry in the provider's default folder; yandex_container_registry\.One \(stack a\) already creates one there.* \[api\] YC-REGISTRY-PER-FOLDER$/,
      ),
    ]);
  });

  test("passes registries in different folders, by their own folder_id or their provider's", () => {
    expect(lines(stack("a", { yandex_container_registry: { One: { folder_id: "f1" }, Two: { folder_id: "f2" } } }))).toEqual([]);
    // a resource's own folder_id wins over its provider's: two explicit folders under a provider with a third
    expect(lines(stack("a", { yandex_container_registry: { One: { folder_id: "f1" }, Two: { folder_id: "f2" } } }, [{ folder_id: "f3" }]))).toEqual(
      [],
    );
    expect(
      lines(
        stack("a", { yandex_container_registry: { One: {} } }, [{ folder_id: "f1" }]),
        stack("b", { yandex_container_registry: { Two: {} } }, [{ folder_id: "f2" }]),
      ),
    ).toEqual([]);
    expect(
      lines(
        stack("a", { yandex_container_registry: { One: { folder_id: "f1" } } }),
        stack("b", { yandex_container_registry: { Two: {} } }, [{ folder_id: "f1" }]),
      ),
    ).toHaveLength(1);
  });
});

describe("name scopes", () => {
  test("fail on a trigger or gateway name used twice in one folder, and pass it in two folders", () => {
    expect(
      lines(
        stack("a", {
          yandex_serverless_triggers: { A: { name: "t" }, B: { name: "t" } },
          yandex_api_gateway: { G: { name: "g" }, H: { name: "g" } },
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /^a yandex_serverless_triggers\.B: trigger name "t" in the provider's default folder is also used by yandex_serverless_triggers\.A \(stack a\);.*YC-TRIGGER-NAME-SCOPE$/,
      ),
      expect.stringMatching(/^a yandex_api_gateway\.H: API gateway name "g" .* yandex_api_gateway\.G \(stack a\);.*YC-GATEWAY-NAME-SCOPE$/),
    ]);
    expect(lines(stack("a", { yandex_serverless_triggers: { A: { name: "t", folder_id: "f1" }, B: { name: "t", folder_id: "f2" } } }))).toEqual([]);
  });

  test("fail on one service account name in two folders of one cloud", () => {
    const sa = { yandex_iam_service_account: { A: { name: "deployer", folder_id: "f1" }, B: { name: "deployer", folder_id: "f2" } } };
    expect(lines(stack("a", sa))).toEqual([
      expect.stringMatching(
        /service account name "deployer" is also used by yandex_iam_service_account\.A \(stack a\) in the app's cloud;.*YC-SERVICE-ACCOUNT-NAME-SCOPE$/,
      ),
    ]);
    expect(lines(stack("a", sa, [{ cloud_id: "c1" }]))).toHaveLength(1);
  });

  test("treat providers as one cloud unless their cloud_ids differ", () => {
    const one = (folder_id: string) => ({ yandex_iam_service_account: { S: { name: "deployer", folder_id } } });
    expect(lines(stack("a", one("f1"), [{ cloud_id: "c1" }]), stack("b", one("f2"), [{ cloud_id: "c2" }]))).toEqual([]);
    expect(lines(stack("a", one("f1"), [{ cloud_id: "c1" }]), stack("b", one("f2"), [{ cloud_id: "c1" }]))).toHaveLength(1);
  });
});

describe("quotas", () => {
  test("warn, naming the quota and that it can be raised, only over the limit", () => {
    expect(lines(stack("a", { yandex_container_registry: times(10, (i) => ({ folder_id: `f${i}` })) }))).toEqual([]);
    expect(lines(stack("a", { yandex_container_registry: times(11, (i) => ({ folder_id: `f${i}` })) }))).toEqual([
      expect.stringMatching(
        /^a warning: yandex_container_registry\.R10: the app creates 11 container registries .*container-registry\.registries\.count allows 10 .*raise.*YC-QUOTA-REGISTRIES$/,
      ),
    ]);
    expect(lines(stack("a", { yandex_serverless_triggers: times(101, (i) => ({ name: `t${i}` })) }))).toEqual([
      expect.stringMatching(/101 triggers .*serverless\.triggers\.count allows 100/),
    ]);
    expect(lines(stack("a", { yandex_iam_service_account: { S: { name: "s", count: 101 } } }))).toEqual([
      expect.stringMatching(/101 service accounts .*iam\.serviceAccounts\.count allows 100/),
    ]);
  });

  test("use the documented quotas", () => {
    const at = (type: string, n: number, body: (i: number) => JsonObject) => lines(stack("a", { [type]: times(n, body) })).length;
    expect([
      at("yandex_container_registry", DOCUMENTED_LIMITS.registriesPerCloud, (i) => ({ folder_id: `f${i}` })),
      at("yandex_container_registry", DOCUMENTED_LIMITS.registriesPerCloud + 1, (i) => ({ folder_id: `f${i}` })),
    ]).toEqual([0, 1]);
    expect([
      at("yandex_serverless_triggers", DOCUMENTED_LIMITS.triggersPerCloud, (i) => ({ name: `t${i}` })),
      at("yandex_serverless_triggers", DOCUMENTED_LIMITS.triggersPerCloud + 1, (i) => ({ name: `t${i}` })),
    ]).toEqual([0, 1]);
    expect([
      at("yandex_iam_service_account", DOCUMENTED_LIMITS.serviceAccountsPerCloud, (i) => ({ name: `s${i}` })),
      at("yandex_iam_service_account", DOCUMENTED_LIMITS.serviceAccountsPerCloud + 1, (i) => ({ name: `s${i}` })),
    ]).toEqual([0, 1]);
  });
});

describe("YC-TRIGGER-MESSAGE-SIZE", () => {
  test("estimates from the documented event, and warns for 1000 but not 10", () => {
    expect(JSON.stringify(DOCUMENTED_CR_EVENT).length + "DeleteImageTag".length - "CreateImage".length).toBeLessThanOrEqual(600);
    expect(estimatedMessageBytes(MAX_EVENTS_PER_MESSAGE)).toBeLessThanOrEqual(DOCUMENTED_LIMITS.websocketMessageBytes);
    expect(estimatedMessageBytes(MAX_EVENTS_PER_MESSAGE + 1)).toBeGreaterThan(DOCUMENTED_LIMITS.websocketMessageBytes);
    expect(messageSizeWarning(10)).toBeUndefined();
    expect(messageSizeWarning(1000)).toMatch(/about 587 KB .*128 KB WebSocket message limit.*code 1009.*218 or less/);
    expect(lines(stack("a", { yandex_serverless_triggers: { Ten: trigger(10), Big: { ...trigger(1000), name: "big" } } }))).toEqual([
      expect.stringMatching(/^a warning: yandex_serverless_triggers\.Big: a batch of 1000 events/),
    ]);
  });

  test("says once that a jq transformer makes the size unknown, and lets max_bytes bound the batch", () => {
    const transformed = trigger(1000, { transformer: { jq: "." } });
    expect(lines(stack("a", { yandex_serverless_triggers: { A: transformed, B: { ...transformed, name: "u" } } }))).toEqual([
      expect.stringMatching(
        /^a warning: yandex_serverless_triggers\.A: the broadcast message size of yandex_serverless_triggers\.A \(stack a\), yandex_serverless_triggers\.B \(stack a\) cannot be estimated/,
      ),
    ]);
    const bounded = trigger(1000);
    (bounded.source.container_registry.batch_settings as JsonObject).max_bytes = 65536;
    expect(lines(stack("a", { yandex_serverless_triggers: { A: bounded } }))).toEqual([]);
  });
});

describe("checkStacks", () => {
  test("puts each app finding into its stack, warnings apart from errors, and --ignore suppresses them", () => {
    const text = (r: Resources) => JSON.stringify({ provider: { yandex: [{}] }, resource: r });
    const stacks = [
      { name: "a", file: "a.json", text: text({ yandex_container_registry: { One: {} } }) },
      { name: "b", file: "b.json", text: text({ yandex_container_registry: { Two: {} }, yandex_serverless_triggers: { Big: trigger(1000) } }) },
    ];
    const [a, b] = checkStacks(stacks, schema);
    expect([a.findings.filter((f) => f.rule.startsWith("YC-REGISTRY")), a.warnings]).toEqual([[], []]);
    expect(b.findings.filter((f) => f.rule === "YC-REGISTRY-PER-FOLDER").map((f) => f.address)).toEqual(["yandex_container_registry.Two"]);
    expect(b.warnings.map((f) => f.rule)).toEqual(["YC-TRIGGER-MESSAGE-SIZE"]);
    const [, quiet] = checkStacks(stacks, schema, {
      ignore: [{ rule: "YC-REGISTRY-PER-FOLDER", address: "yandex_container_registry.Two" }, { rule: "YC-TRIGGER-MESSAGE-SIZE" }],
    });
    expect([quiet.findings.some((f) => f.rule === "YC-REGISTRY-PER-FOLDER"), quiet.warnings]).toEqual([false, []]);
    expect(quiet.ignored.map((f) => f.rule).sort()).toEqual(["YC-REGISTRY-PER-FOLDER", "YC-TRIGGER-MESSAGE-SIZE"]);
  });
});
