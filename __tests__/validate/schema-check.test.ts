import { SchemaBlock, TerraformType } from "../../lib/provider-schema/schema-types";
import { checkAgainstSchema, checkType } from "../../lib/validate/schema-check";
import { JsonObject, JsonValue } from "../../lib/validate/values";

/** `<path>: <message>` for each schema finding of one body against a hand-written block. */
function problems(body: JsonObject, block: SchemaBlock): string[] {
  return checkAgainstSchema("t.x", body, block).map((f) => {
    expect(f).toMatchObject({ address: "t.x", kind: "schema", rule: "YC-SCHEMA" });
    return `${f.path}: ${f.message}`;
  });
}

function typeProblems(value: JsonValue, type: TerraformType): string[] {
  const out: string[] = [];
  checkType(value, type, "v", (path, message) => out.push(`${path}: ${message}`));
  return out;
}

const leaf: SchemaBlock = { attributes: { a: { type: "string", optional: true }, r: { type: "string", optional: true } } };

describe("checkAgainstSchema", () => {
  test("skips meta-arguments at the top level only", () => {
    const block: SchemaBlock = { block_types: { b: { nesting_mode: "single", block: leaf } } };
    expect(
      problems({ count: 1, depends_on: [], "//": {}, lifecycle: {}, provider: "p", for_each: {}, provisioner: {}, connection: {} }, block),
    ).toEqual([]);
    expect(problems({ b: { count: 1 } }, block)).toEqual(["b.count: unknown attribute or block; known: a, r"]);
  });

  test("treats meta-argument names as unknown keys in every kind of nested block and nested attribute", () => {
    const nested = (nesting_mode: "single" | "list") => ({
      optional: true,
      nested_type: { nesting_mode, attributes: { a: { type: "string", optional: true } } },
    });
    const block: SchemaBlock = {
      attributes: { s: nested("single"), l: nested("list") },
      block_types: { lb: { nesting_mode: "list", block: leaf }, mb: { nesting_mode: "map", block: leaf } },
    };
    expect(problems({ s: { count: 1 }, l: [{ lifecycle: {} }], lb: [{ depends_on: [] }], mb: { k: { for_each: {} } } }, block)).toEqual([
      "s.count: unknown attribute or block; known: a",
      "l[0].lifecycle: unknown attribute or block; known: a",
      "lb[0].depends_on: unknown attribute or block; known: a, r",
      "mb.k.for_each: unknown attribute or block; known: a, r",
    ]);
    expect(problems({ lb: [null, 1] }, block)).toEqual([
      "lb[0]: must be an object (a block), got null",
      "lb[1]: must be an object (a block), got number 1",
    ]);
  });

  test("lists the known attributes and blocks, sorted, for an unknown key", () => {
    const block: SchemaBlock = { attributes: { z: { type: "string", optional: true } }, block_types: { a: { nesting_mode: "list", block: leaf } } };
    expect(problems({ q: 1 }, block)).toEqual(["q: unknown attribute or block; known: a, z"]);
  });

  test("requires required attributes, null counting as missing, and refuses computed-only ones", () => {
    const block: SchemaBlock = {
      attributes: {
        req: { type: "string", required: true },
        ro: { type: "string", computed: true },
        oc: { type: "string", optional: true, computed: true },
      },
    };
    expect(problems({ req: null, ro: "x", oc: "y" }, block)).toEqual([
      "req: required attribute is missing",
      "ro: is read-only (computed by the provider) and cannot be set",
    ]);
    expect(problems({ req: "a", ro: null }, block)).toEqual([]);
  });

  test("requires a block with min_items, and counts list items against min and max", () => {
    const block: SchemaBlock = { block_types: { b: { nesting_mode: "list", block: leaf, min_items: 2, max_items: 3 } } };
    expect(problems({}, block)).toEqual(["b: block is required (at least 2)"]);
    expect(problems({ b: null }, block)).toEqual(["b: block is required (at least 2)"]);
    expect(problems({ b: [{}, {}] }, block)).toEqual([]);
    expect(problems({ b: [{}, {}, {}] }, block)).toEqual([]);
    expect(problems({ b: [{}, {}, {}, {}] }, block)).toEqual(["b: has 4 items; at most 3 allowed"]);
    expect(problems({ b: {} }, block)).toEqual(["b: has 1 items; at least 2 required"]);
  });

  test("takes one object for a list block of one, and a max_items of 0 as no bound", () => {
    const block: SchemaBlock = { block_types: { b: { nesting_mode: "set", block: leaf, max_items: 0 } } };
    expect(problems({ b: { a: "x" } }, block)).toEqual([]);
    expect(problems({ b: { q: 1 } }, block)).toEqual(["b.q: unknown attribute or block; known: a, r"]);
    expect(problems({ b: [{}, {}, {}, "x"] }, block)).toEqual(['b[3]: must be an object (a block), got string "x"']);
    expect(problems({ b: "${var.b}" }, block)).toEqual([]);
  });

  test("checks single, group and map blocks", () => {
    const block: SchemaBlock = {
      block_types: {
        s: { nesting_mode: "single", block: leaf },
        g: { nesting_mode: "group", block: leaf },
        m: { nesting_mode: "map", block: leaf },
      },
    };
    expect(problems({ s: { a: "1" }, g: { r: "2" }, m: { k: { a: "3" } } }, block)).toEqual([]);
    expect(problems({ s: [], g: "x", m: [] }, block)).toEqual([
      "s: must be an object (a single block), got an array",
      'g: must be an object (a group block), got string "x"',
      "m: must be an object of blocks by key, got an array",
    ]);
    expect(problems({ m: { k: 1, j: { q: 1 } } }, block)).toEqual([
      "m.k: must be an object, got number 1",
      "m.j.q: unknown attribute or block; known: a, r",
    ]);
  });

  test("checks nested attributes of every nesting mode", () => {
    const nested = (nesting_mode: "single" | "group" | "list" | "set" | "map", extra = {}) => ({
      optional: true,
      nested_type: { nesting_mode, attributes: { a: { type: "number", optional: true } }, ...extra },
    });
    const block: SchemaBlock = {
      attributes: {
        s: nested("single"),
        g: nested("group"),
        l: nested("list", { max_items: 1 }),
        t: nested("set", { min_items: 1 }),
        m: nested("map"),
      },
    };
    expect(problems({ s: { a: 1 }, g: { a: "2" }, l: [{ a: 3 }], t: [{}], m: { k: { a: 4 } } }, block)).toEqual([]);
    expect(problems({ s: [], g: null, l: {}, t: [], m: [] }, block)).toEqual([
      "s: must be an object (nested attribute, nesting single), got an array",
      "l: must be an array of objects (nested attribute, nesting list), got an object",
      "t: has 0 items; at least 1 required",
      "m: must be an object of objects (nested attribute, nesting map), got an array",
    ]);
    expect(problems({ g: 1, l: [{ a: "x" }, "${var.i}", 2], m: { k: true, j: "${var.j}" } }, block)).toEqual([
      "g: must be an object (nested attribute, nesting group), got number 1",
      "l: has 3 items; at most 1 allowed",
      'l[0].a: must be a number, got string "x"',
      "l[2]: must be an object, got number 2",
      "m.k: must be an object, got boolean true",
    ]);
    expect(problems({ s: "${var.s}", l: "${var.l}" }, block)).toEqual([]);
  });
});

describe("checkType", () => {
  test("takes Terraform's conversions for primitives", () => {
    expect(typeProblems(1, "string")).toEqual([]);
    expect(typeProblems(true, "string")).toEqual([]);
    expect(typeProblems([], "string")).toEqual(["v: must be a string, got an array"]);
    expect(typeProblems("1.5", "number")).toEqual([]);
    expect(typeProblems(" ", "number")).toEqual(['v: must be a number, got string " "']);
    expect(typeProblems("", "number")).toEqual(['v: must be a number, got string ""']);
    expect(typeProblems(false, "number")).toEqual(["v: must be a number, got boolean false"]);
    expect(typeProblems(true, "bool")).toEqual([]);
    expect(typeProblems(false, "bool")).toEqual([]);
    expect(typeProblems("true", "bool")).toEqual([]);
    expect(typeProblems("false", "bool")).toEqual([]);
    expect(typeProblems(0, "bool")).toEqual(["v: must be a bool, got number 0"]);
    expect(typeProblems({ a: [1] }, "dynamic")).toEqual([]);
    expect(typeProblems(null, "string")).toEqual([]);
    expect(typeProblems("${x}", ["list", "string"])).toEqual([]);
  });

  test("checks every element of lists, sets and maps", () => {
    expect(typeProblems(["a", {}], ["list", "string"])).toEqual(["v[1]: must be a string, got an object"]);
    expect(typeProblems([1, "x"], ["set", "number"])).toEqual(['v[1]: must be a number, got string "x"']);
    expect(typeProblems({}, ["set", "number"])).toEqual(["v: must be a set (JSON array), got an object"]);
    expect(typeProblems({ a: "true", b: "no" }, ["map", "bool"])).toEqual(['v.b: must be a bool, got string "no"']);
    expect(typeProblems([], ["map", "bool"])).toEqual(["v: must be a map (JSON object), got an array"]);
  });

  test("checks objects by field and tuples by position", () => {
    const object: TerraformType = ["object", { b: "number", a: "string" }];
    expect(typeProblems({ a: "x", b: 1 }, object)).toEqual([]);
    expect(typeProblems({ a: "x", c: 1, b: "y" }, object)).toEqual([
      "v.c: unknown object attribute; known: a, b",
      'v.b: must be a number, got string "y"',
    ]);
    expect(typeProblems("x", object)).toEqual(['v: must be an object, got string "x"']);
    const tuple: TerraformType = ["tuple", ["string", "number"]];
    expect(typeProblems(["a", 1], tuple)).toEqual([]);
    expect(typeProblems([[], "x"], tuple)).toEqual(["v[0]: must be a string, got an array", 'v[1]: must be a number, got string "x"']);
    expect(typeProblems(["a"], tuple)).toEqual([]);
    expect(typeProblems(null, tuple)).toEqual([]);
    expect(typeProblems({}, tuple)).toEqual(["v: must be a tuple (JSON array), got an object"]);
  });
});
