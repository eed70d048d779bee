import { compareApps, documentDiff, readableLines, renderMarkdown, TextKind } from "../../lib/review";
import { CrWebsocketTrigger } from "../../lib";
import { newStack, synthStack } from "../helpers/synth";
import { StackDocument } from "../../lib/review";

describe("readableLines", () => {
  test("a JSON document is pretty-printed as YAML, keys in their order", () => {
    expect(readableLines('{"b":1,"a":{"x":[1,"two"]}}')).toEqual({ kind: TextKind.JSON, lines: ["b: 1", "a:", "  x:", "    - 1", "    - two"] });
    expect(readableLines("  [1]\n")).toEqual({ kind: TextKind.JSON, lines: ["- 1"] });
  });

  test("a YAML document of several lines is parsed and pretty-printed", () => {
    expect(readableLines("openapi:   3.0.0\npaths: { /a: {} }\n")).toEqual({ kind: TextKind.YAML, lines: ["openapi: 3.0.0", "paths:", "  /a: {}"] });
  });

  test("other text of several lines (a jq expression) stays as written", () => {
    expect(readableLines('.data\n| select(.tag == "v1")\n')).toEqual({ kind: TextKind.TEXT, lines: [".data", '| select(.tag == "v1")'] });
    expect(readableLines("{not json\nat: all: here")).toEqual({ kind: TextKind.TEXT, lines: ["{not json", "at: all: here"] });
    expect(readableLines("null\n# a YAML null is no document\n")).toEqual({ kind: TextKind.TEXT, lines: ["null", "# a YAML null is no document"] });
  });

  test("a one-line string that is no document is left alone", () => {
    for (const value of ["cr-ws-dev", "{not json", "key: value", "[1, 2", '"quoted"', "3"]) expect(readableLines(value)).toBeUndefined();
  });
});

describe("documentDiff", () => {
  test("a path added to a JSON spec is a + line of the YAML form", () => {
    const before = JSON.stringify({ paths: { "/dev": { get: {} } } }, null, 2);
    const after = JSON.stringify({ paths: { "/dev": { get: {} }, "/dev-audit": { get: {} } } }, null, 2);
    expect(documentDiff(before, after)).toEqual({
      kind: TextKind.JSON,
      diff: ["@@ -1,3 +1,5 @@", " paths:", "   /dev:", "     get: {}", "+  /dev-audit:", "+    get: {}"],
    });
  });

  test("a value set or unset is all + or all - lines", () => {
    expect(documentDiff(undefined, "a\nb")).toEqual({ kind: TextKind.TEXT, diff: ["@@ -0,0 +1,2 @@", "+a", "+b"] });
    expect(documentDiff('{"a":1}', undefined)).toEqual({ kind: TextKind.JSON, diff: ["@@ -1,1 +0,0 @@", "-a: 1"] });
  });

  test("a one-line string becoming a document compares as lines, the kind is the document's", () => {
    expect(documentDiff("plain", "x:\n  - 1\n")).toEqual({ kind: TextKind.YAML, diff: ["@@ -1,1 +1,2 @@", "-plain", "+x:", "+  - 1"] });
  });

  test("no document diff for one-line strings, numbers, objects or nothing", () => {
    expect(documentDiff("a", "b")).toBeUndefined();
    expect(documentDiff(1, "x\ny")).toBeUndefined();
    expect(documentDiff("x\ny", { a: 1 })).toBeUndefined();
    expect(documentDiff(undefined, undefined)).toBeUndefined();
  });
});

describe("renderMarkdown of document-valued arguments", () => {
  const stackWith = (jqFilter: string): StackDocument => {
    const stack = newStack("dev");
    new CrWebsocketTrigger(stack, "Events", { name: "events", jqFilter });
    return synthStack(stack) as StackDocument;
  };

  test("a changed multi-line jq expression is a line diff in a diff block", () => {
    const report = compareApps({ dev: stackWith('.tag\n| test("^v1")') }, { dev: stackWith('.tag\n| test("^v2")') });
    const md = renderMarkdown(report, "main");
    expect(md).toMatch(
      / {2}- `[\w.[\]]+` \(text\):\n\n {4}```diff\n {4}@@ -1,2 \+1,2 @@\n {4} \.tag\n {4}-\| test\("\^v1"\)\n {4}\+\| test\("\^v2"\)\n {4}```\n/,
    );
  });

  test("the same document written differently says so instead of an empty diff", () => {
    const report = compareApps({ dev: stackWith('{"a": 1}') }, { dev: stackWith('{\n  "a": 1\n}') });
    expect(renderMarkdown(report, "main")).toMatch(/- `[\w.[\]]+`: the same JSON document, written differently\n/);
  });

  test("a fence longer than any run of backticks in the document keeps it closed", () => {
    // jqFilter must compile, so the backticks sit in a jq string
    const report = compareApps({ dev: stackWith(".a\n| .b") }, { dev: stackWith('.a\n| "```` not a fence"') });
    const md = renderMarkdown(report, "main");
    expect(md).toMatch(/\n {4}`````diff\n[\s\S]*\n {4}\+\| "```` not a fence"\n {4}`````\n/);
  });
});
