import { checkReferences, Declarations } from "../../lib/validate/references";
import { JsonValue } from "../../lib/validate/values";
import { schema } from "../helpers/documents";

const declared: Declarations = {
  resource: { yandex_api_gateway: { gw: {} }, yandex_container_registry: { r: {} }, yandex_unknown_thing: { u: {} } },
  data: { yandex_api_gateway: { look: {} } },
};

function problems(value: JsonValue): string[] {
  return checkReferences("a.b", value, declared, schema).map((f) => {
    expect(f).toMatchObject({ address: "a.b", kind: "reference", rule: "TF-REFERENCE" });
    return `${f.path}: ${f.message}`;
  });
}

describe("checkReferences", () => {
  test("passes references to declared resources and data sources, with attributes and blocks their types have", () => {
    expect(problems({ x: "${yandex_api_gateway.gw.domain}", y: "${data.yandex_api_gateway.look.folder_id}", z: "${yandex_api_gateway.gw}" })).toEqual(
      [],
    );
    expect(problems("${yandex_api_gateway.gw.connectivity[0].network_id}")).toEqual([]);
    expect(problems("${yandex_api_gateway.gw[0].id}")).toEqual([]);
  });

  test("fails on an undeclared resource and an undeclared data source", () => {
    expect(problems({ x: "${yandex_api_gateway.nope.id}", y: ["${data.yandex_api_gateway.gw.id}"] })).toEqual([
      'x: reference "yandex_api_gateway.nope.id" points to yandex_api_gateway.nope, which is not declared in this stack',
      'y[0]: reference "data.yandex_api_gateway.gw.id" points to data.yandex_api_gateway.gw, which is not declared in this stack',
    ]);
  });

  test("fails on an attribute the type does not have, naming the mode", () => {
    expect(problems("${data.yandex_api_gateway.look.nope}")).toEqual([
      ': reference "data.yandex_api_gateway.look.nope" names attribute "nope", which data.yandex_api_gateway does not have',
    ]);
  });

  test("leaves attributes of a type the schema does not know to the schema check", () => {
    expect(problems("${yandex_unknown_thing.u.anything}")).toEqual([]);
  });

  test("reads every ${...} in a string, with nested braces, and only inside ${...}", () => {
    expect(problems("yandex_api_gateway.nope.id and ${lookup({a = 1}, yandex_container_registry.r.nope)} ${yandex_api_gateway.x.id}")).toEqual([
      ': reference "yandex_container_registry.r.nope" names attribute "nope", which yandex_container_registry does not have',
      ': reference "yandex_api_gateway.x.id" points to yandex_api_gateway.x, which is not declared in this stack',
    ]);
    expect(problems("${local.yandex_api_gateway.nope.id}")).toEqual([]);
    // text before, between and after the ${...} is not read, however the braces nest
    expect(problems("see yandex_api_gateway.nope.id, then ${yandex_api_gateway.gw.id} and yandex_api_gateway.nope.id")).toEqual([]);
    expect(problems("${lookup({a = {b = 1}}, yandex_api_gateway.gw.id)} {yandex_api_gateway.nope.id}")).toEqual([]);
  });

  test("reads an index of any length, and a type nothing of is declared", () => {
    expect(problems(["${yandex_api_gateway.gw[10].nope}", '${yandex_api_gateway.gw["key"].nope}', "${yandex_function.f.id}"])).toEqual([
      '[0]: reference "yandex_api_gateway.gw[10].nope" names attribute "nope", which yandex_api_gateway does not have',
      '[1]: reference "yandex_api_gateway.gw["key"].nope" names attribute "nope", which yandex_api_gateway does not have',
      '[2]: reference "yandex_function.f.id" points to yandex_function.f, which is not declared in this stack',
    ]);
  });

  test("reads depends_on entries as bare addresses, and skips comments", () => {
    expect(problems({ depends_on: ["yandex_api_gateway.gw", "yandex_api_gateway.gone"], "//": { note: "${yandex_api_gateway.nope.id}" } })).toEqual([
      'depends_on[1]: reference "yandex_api_gateway.gone" points to yandex_api_gateway.gone, which is not declared in this stack',
    ]);
    expect(problems({ other: ["yandex_api_gateway.gone"] })).toEqual([]);
    // only the resource's own depends_on, entry by entry, at any index
    const many = Array.from({ length: 11 }, (_, i) => (i === 10 ? "yandex_api_gateway.gone" : "yandex_api_gateway.gw"));
    expect(problems({ depends_on: many })).toEqual([
      'depends_on[10]: reference "yandex_api_gateway.gone" points to yandex_api_gateway.gone, which is not declared in this stack',
    ]);
    expect(problems({ nested: { depends_on: ["yandex_api_gateway.gone"] }, depends_on: [{ x: "yandex_api_gateway.gone" }] })).toEqual([]);
  });
});
