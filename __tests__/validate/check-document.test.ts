import { checkTerraformDocument, formatFinding } from "../../lib/validate";
import { expectFinding, firstId, firstOf, get, lines, put, drop, schema, trigger, validDocument } from "../helpers/documents";

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

  test("runs the provider rules and names the rule on each line", () => {
    expectFinding(
      (d) => put(trigger(d), "name", "Events"),
      /: name: got "Events"; must be empty or 3-63 characters: .* \[provider\] YC-RESOURCE-NAME$/,
    );
  });

  test("checks each element of a list attribute against its type", () => {
    expectFinding(
      (d) => put(trigger(d), "source.container_registry.event_type", [{ type: "CREATE_IMAGE" }]),
      /: source\.container_registry\.event_type\[0\]: must be a string, got an object \[schema\] YC-SCHEMA$/,
    );
  });

  test("names the rule of schema and reference findings", () => {
    const doc = validDocument();
    put(trigger(doc), "colour", "red");
    put(trigger(doc), "description", "${yandex_api_gateway.Nope.id}");
    expect(checkTerraformDocument(doc, schema).map((f) => f.rule)).toEqual(["YC-SCHEMA", "TF-REFERENCE"]);
    expect(formatFinding(checkTerraformDocument(doc, schema)[1])).toMatch(/: description: reference .* \[reference\] TF-REFERENCE$/);
  });

  describe("document sections", () => {
    test("skips types of other providers, and checks the provider block given as one object", () => {
      const doc = validDocument();
      put(doc, "resource.null_resource", { x: { colour: "red" } });
      put(doc, "provider", { yandex: { folder: "b1g" }, other: [{ anything: 1 }] });
      expect(lines(doc)).toEqual([
        expect.stringMatching(/^provider\.yandex\[0\]: folder: unknown attribute or block; known: .*folder_id.* \[schema\] YC-SCHEMA$/),
      ]);
    });

    test("runs the provider rules on resources only: a data source's arguments look something up", () => {
      const doc = validDocument();
      put(doc, "resource.yandex_api_gateway.Slow", { name: "gw", spec: "{}", execution_timeout: "1h" });
      put(doc, "data.yandex_api_gateway", { Lookup: { name: "gw", execution_timeout: "1h" } });
      expect(lines(doc).filter((l) => l.includes("YC-GATEWAY-EXECUTION-TIMEOUT"))).toEqual([
        expect.stringMatching(/^yandex_api_gateway\.Slow: execution_timeout: /),
      ]);
    });

    test("takes alias in a provider block: a meta-argument there, not a provider argument", () => {
      const doc = validDocument();
      put(doc, "provider", { yandex: [{ folder_id: "b1g" }, { alias: "other", folder_id: "b1h" }] });
      expect(lines(doc)).toEqual([]);
    });

    test("checks references in locals", () => {
      expectFinding(
        (d) => put(d, "locals", { url: "${yandex_api_gateway.Nope.domain}" }),
        /^local\.url: reference "yandex_api_gateway\.Nope\.domain"/,
      );
    });

    test("checks the types of another prefix when asked", () => {
      const doc = validDocument();
      expect(checkTerraformDocument(doc, schema, "other_")).toEqual([]);
      put(doc, "resource.other_thing", { x: {} });
      expect(checkTerraformDocument(doc, schema, "other_").map(formatFinding)).toEqual([
        'other_thing.x: unknown resource type "other_thing" in the pinned provider schema [schema] YC-SCHEMA',
      ]);
    });

    test("names an unknown data source type as a data source", () => {
      expectFinding(
        (d) => put(d, "data.yandex_no_such", { x: {} }),
        /^data\.yandex_no_such\.x: unknown data source type "yandex_no_such" in the pinned provider schema \[schema\] YC-SCHEMA$/,
      );
    });
  });
});
