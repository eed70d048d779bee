import { CrWebsocketTrigger } from "../../lib";
import { loadPinnedProviderSchema } from "../../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../../lib/validate";
import { JsonObject, JsonValue } from "../../lib/validate/values";
import { newStack, synthStack } from "../helpers/synth";

type Doc = JsonObject;

const schema = loadPinnedProviderSchema();

/** A real document from the construct, with short addresses for readable assertions. */
function validDocument(): Doc {
  const stack = newStack();
  new CrWebsocketTrigger(stack, "Events", { name: "events", gatewayId: "d5d0gateway", jqFilter: "." });
  new CrWebsocketTrigger(stack, "Second", { name: "second" });
  return JSON.parse(JSON.stringify(synthStack(stack))) as Doc;
}

/** The value at a dotted path (`action.0.filter`); fails the test when the path does not exist. */
function get(root: JsonValue, path: string): JsonValue {
  return path.split(".").reduce<JsonValue>((node, key) => {
    const next = (node as JsonObject)[key];
    if (next === undefined) throw new Error(`no ${key} in ${path}`);
    return next;
  }, root);
}

function parentOf(root: JsonValue, path: string): [JsonObject, string] {
  const keys = path.split(".");
  const last = keys.pop()!;
  return [(keys.length ? get(root, keys.join(".")) : root) as JsonObject, last];
}

/** Sets the value at a dotted path, the parent must exist. */
function put(root: JsonValue, path: string, value: JsonValue): void {
  const [parent, key] = parentOf(root, path);
  parent[key] = value;
}

/** Deletes the value at a dotted path. */
function drop(root: JsonValue, path: string): void {
  const [parent, key] = parentOf(root, path);
  delete parent[key];
}

const firstOf = (doc: Doc, type: string): JsonObject => Object.values(get(doc, `resource.${type}`) as JsonObject)[0] as JsonObject;
const trigger = (doc: Doc): JsonObject => firstOf(doc, "yandex_serverless_triggers");
const firstId = (doc: Doc, type: string): string => Object.keys(get(doc, `resource.${type}`) as JsonObject)[0];

function lines(doc: Doc): string[] {
  return checkTerraformDocument(doc, schema).map(formatFinding);
}

function expectFinding(mutate: (doc: Doc) => void, expected: RegExp): void {
  const doc = validDocument();
  mutate(doc);
  const found = lines(doc);
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
}

describe("checkTerraformDocument", () => {
  test("passes the construct's own output", () => {
    expect(lines(validDocument())).toEqual([]);
  });

  describe("schema", () => {
    test("fails on an unknown resource type", () => {
      expectFinding(
        (d) => put(d, "resource.yandex_function_trigger", { x: { name: "x" } }),
        /^yandex_function_trigger\.x: unknown resource type "yandex_function_trigger"/,
      );
    });

    test("fails on an unknown data source type", () => {
      expectFinding((d) => put(d, "data.yandex_no_such", { x: {} }), /^data\.yandex_no_such\.x: unknown data source type/);
    });

    test("fails on an unknown attribute", () => {
      expectFinding(
        (d) => put(trigger(d), "colour", "red"),
        /yandex_serverless_triggers\.\S+: colour: unknown attribute or block; known: action, created_at/,
      );
    });

    test("fails on an unknown nested attribute", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.registryId", "x"),
        /: source\.container_registry\.registryId: unknown attribute/,
      );
    });

    test("fails on a missing required attribute", () => {
      expectFinding(
        (d) => drop(trigger(d), "source.container_registry.registry_id"),
        /: source\.container_registry\.registry_id: required attribute is missing \[schema\]/,
      );
    });

    test("fails on a missing required nested attribute", () => {
      expectFinding((d) => drop(trigger(d), "source"), /yandex_serverless_triggers\.\S+: source: required attribute is missing/);
    });

    test("fails when a computed-only attribute is set", () => {
      expectFinding((d) => put(firstOf(d, "yandex_api_gateway"), "domain", "example.org"), /yandex_api_gateway\.\S+: domain: is read-only/);
    });

    test("fails on a type mismatch: object where a string is expected", () => {
      expectFinding((d) => put(trigger(d), "name", { a: 1 }), /: name: must be a string, got an object/);
    });

    test("fails on a type mismatch: text where a number is expected", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_resourcemanager_folder_iam_member"), "sleep_after", "soon"),
        /: sleep_after: must be a number, got string "soon"/,
      );
    });

    test("fails on a type mismatch: list expected", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.event_type", "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"),
        /event_type: must be a list \(JSON array\)/,
      );
    });

    test("fails on a type mismatch: map expected", () => {
      expectFinding((d) => put(trigger(d), "labels", ["a"]), /: labels: must be a map \(JSON object\), got an array/);
    });

    test("fails on a bool mismatch in the provider block", () => {
      expectFinding((d) => put(d, "provider.yandex.0.insecure", "maybe"), /^provider\.yandex\[0\]: insecure: must be a bool, got string "maybe"/);
    });

    test("fails on an unknown provider argument", () => {
      expectFinding((d) => put(d, "provider.yandex.0.folder", "b1g"), /^provider\.yandex\[0\]: folder: unknown attribute/);
    });

    test("fails when a list nested attribute is an object", () => {
      expectFinding(
        (d) => put(trigger(d), "action", get(trigger(d), "action.0")),
        /: action: must be an array of objects \(nested attribute, nesting list\), got an object/,
      );
    });

    test("fails when a single nested attribute is an array", () => {
      expectFinding(
        (d) => put(trigger(d), "source", [get(trigger(d), "source")]),
        /: source: must be an object \(nested attribute, nesting single\), got an array/,
      );
    });

    test("fails when a block exceeds max_items", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_api_gateway"), "connectivity", [{ network_id: "a" }, { network_id: "b" }]),
        /yandex_api_gateway\.\S+: connectivity: has 2 items; at most 1 allowed/,
      );
    });

    test("fails when a block item is not an object", () => {
      expectFinding((d) => put(firstOf(d, "yandex_api_gateway"), "connectivity", ["net"]), /connectivity\[0\]: must be an object \(a block\)/);
    });

    test("fails on a missing attribute inside a block", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_api_gateway"), "connectivity", [{}]),
        /connectivity\[0\]\.network_id: required attribute is missing/,
      );
    });

    test("accepts an interpolation wherever a value is expected", () => {
      const doc = validDocument();
      put(trigger(doc), "action", "${jsondecode(var.actions)}");
      firstOf(doc, "yandex_resourcemanager_folder_iam_member").sleep_after = "${var.sleep}";
      expect(lines(doc)).toEqual([]);
    });
  });

  describe("references", () => {
    test("fails on a reference to an undeclared resource", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.registry_id", "${yandex_container_registry.Nope.id}"),
        /reference "yandex_container_registry\.Nope\.id" points to yandex_container_registry\.Nope, which is not declared/,
      );
    });

    test("fails on a reference to an undeclared data source", () => {
      expectFinding(
        (d) => put(trigger(d), "description", "at ${data.yandex_api_gateway.Nope.domain}"),
        /reference "data\.yandex_api_gateway\.Nope\.domain" points to data\.yandex_api_gateway\.Nope/,
      );
    });

    test("fails on a reference to an attribute the type does not have", () => {
      expectFinding((d) => {
        put(
          trigger(d),
          "source.container_registry.registry_id",
          `\${yandex_container_registry.${firstId(d, "yandex_container_registry")}.registryId}`,
        );
      }, /names attribute "registryId", which yandex_container_registry does not have \[reference\]/);
    });

    test("fails on a depends_on entry that is not declared", () => {
      expectFinding(
        (d) => put(trigger(d), "depends_on", ["yandex_resourcemanager_folder_iam_member.Gone"]),
        /depends_on\[0\]: reference "yandex_resourcemanager_folder_iam_member\.Gone" points to/,
      );
    });

    test("fails on a broken reference in an output", () => {
      expectFinding(
        (d) => put(d, "output", { url: { value: "wss://${yandex_api_gateway.Nope.domain}/ws" } }),
        /^output\.url: value: reference "yandex_api_gateway\.Nope\.domain"/,
      );
    });

    test("accepts references inside functions and to var/local", () => {
      const doc = validDocument();
      put(
        trigger(doc),
        "description",
        `\${upper(yandex_container_registry.${firstId(doc, "yandex_container_registry")}.name)}-\${var.x}-\${local.y}`,
      );
      expect(lines(doc)).toEqual([]);
    });
  });

  describe("provider rules", () => {
    test("fails on a trigger name that breaks the provider regex", () => {
      expectFinding((d) => put(trigger(d), "name", "Events"), /: name: got "Events"; must match \^\(\|\[a-z\]/);
    });

    test("fails on a service account name that breaks its regex", () => {
      expectFinding((d) => put(firstOf(d, "yandex_iam_service_account"), "name", "sa-"), /yandex_iam_service_account\.\S+: name: got "sa-"/);
    });

    test("fails on a registry name that breaks the regex", () => {
      expectFinding((d) => put(firstOf(d, "yandex_container_registry"), "name", "r_1"), /yandex_container_registry\.\S+: name: got "r_1"/);
    });

    test("fails on a bad label key and value", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_container_registry"), "labels", { "a.b": "x" }),
        /labels\.a\.b: key "a\.b" must be 1-63 characters/,
      );
      expectFinding((d) => put(trigger(d), "labels", { a: "X" }), /labels\.a: value "X" of key "a"/);
    });

    test("fails on too many labels", () => {
      expectFinding(
        (d) => put(trigger(d), "labels", Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, "v"]))),
        /labels: has 65 labels; at most 64 allowed/,
      );
    });

    test("fails on an over-long trigger description and service account description", () => {
      expectFinding((d) => put(trigger(d), "description", "x".repeat(501)), /: description: is 501 characters; at most 500 allowed/);
      expectFinding(
        (d) => put(firstOf(d, "yandex_iam_service_account"), "description", "x".repeat(257)),
        /: description: is 257 characters; at most 256 allowed/,
      );
    });

    test("fails on a lower-case event type", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.event_type", ["create_image"]),
        /event_type\[0\]: got "create_image"; must be one of CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE/,
      );
    });

    test("fails on an empty event type list (API)", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.event_type", []),
        /event_type: at least one event type is required by the API \[api\]/,
      );
    });

    test("fails on a cutoff that is not a Go duration", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.batch_settings.cutoff", "10"),
        /batch_settings\.cutoff: got "10"; must be a Go duration string/,
      );
    });

    test("fails on max_count and max_bytes out of range", () => {
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.batch_settings.max_count", 1001),
        /batch_settings\.max_count: got 1001; must be an integer from 0 to 1000/,
      );
      expectFinding(
        (d) => put(trigger(d), "source.container_registry.batch_settings.max_bytes", 65537),
        /batch_settings\.max_bytes: got 65537; must be an integer from 0 to 65536/,
      );
    });

    test("fails when max_count and max_bytes are both 0 (API)", () => {
      expectFinding(
        (d) => Object.assign(get(trigger(d), "source.container_registry.batch_settings") as JsonObject, { max_count: 0, max_bytes: 0 }),
        /both 0; the API needs one of them above 0 \[api\]/,
      );
    });

    test("fails on a member without a subject type", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_resourcemanager_folder_iam_member"), "member", "aje0abc"),
        /member: got "aje0abc"; must be "<subject type>:<id>"/,
      );
    });

    test("fails on retry_attempts out of range and on retry_policy for a broadcast", () => {
      expectFinding(
        (d) => put(trigger(d), "action.0.retry_policy", { interval: "10s", retry_attempts: 6 }),
        /action\[0\]\.retry_policy\.retry_attempts: got 6; must be an integer from 1 to 5/,
      );
      expectFinding((d) => put(trigger(d), "action.0.retry_policy", { interval: "10s" }), /action\[0\]: a WebSocket broadcast is fire-and-forget/);
    });

    test("fails on a retry interval that is not a Go duration", () => {
      expectFinding((d) => put(trigger(d), "action.0.retry_policy", { interval: "ten" }), /retry_policy\.interval: got "ten"; must be a Go duration/);
    });

    test("fails on a broadcast without a service account (API)", () => {
      expectFinding(
        (d) => drop(trigger(d), "action.0.gateway_websocket_broadcast.service_account_id"),
        /gateway_websocket_broadcast\.service_account_id: is required by the API/,
      );
    });

    test("fails on no action (API)", () => {
      expectFinding((d) => drop(trigger(d), "action"), /: action: at least one action is required by the API \[api\]/);
    });

    test("fails on an action with two targets (API)", () => {
      expectFinding((d) => put(trigger(d), "action.0.invoke_function", { function_id: "f" }), /action\[0\]: sets 2 targets/);
    });

    test("fails on a source with two kinds", () => {
      expectFinding(
        (d) => put(trigger(d), "source.timer", { cron_expression: "* * * * ? *" }),
        /: source: sets 2 source kinds \(container_registry, timer\)/,
      );
    });

    test("fails on an over-long jq filter", () => {
      expectFinding((d) => put(trigger(d), "action.0.filter", { jq: ".".repeat(1025) }), /action\[0\]\.filter\.jq: is 1025 characters; at most 1024/);
    });

    test("fails on an over-long gateway id", () => {
      expectFinding(
        (d) => put(trigger(d), "action.0.gateway_websocket_broadcast.gateway_id", "g".repeat(51)),
        /gateway_websocket_broadcast\.gateway_id: is 51 characters/,
      );
    });

    test("fails on a trigger timeout that is not a Go duration", () => {
      expectFinding((d) => put(trigger(d), "timeouts", { create: "5 minutes" }), /timeouts\.create: got "5 minutes"/);
    });

    test("fails on a gateway execution_timeout that is not whole seconds", () => {
      expectFinding((d) => put(firstOf(d, "yandex_api_gateway"), "execution_timeout", "5m"), /execution_timeout: got "5m"; must be whole seconds/);
    });

    test("fails on a service account expires_at that is not RFC 3339", () => {
      expectFinding(
        (d) => put(firstOf(d, "yandex_iam_service_account"), "expires_at", "tomorrow"),
        /expires_at: got "tomorrow"; must be an RFC 3339 timestamp/,
      );
    });
  });
});
