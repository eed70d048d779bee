import { parseSpec } from "../../lib/private/openapi-spec";

describe("parseSpec", () => {
  test("takes a YAML or JSON mapping with a paths mapping", () => {
    expect(parseSpec("openapi: 3.0.0\npaths: {}\n")).toEqual({ spec: { openapi: "3.0.0", paths: {} } });
    expect(parseSpec('{"paths": {"/ws": {}}}')).toEqual({ spec: { paths: { "/ws": {} } } });
  });

  test.each(["[]", "- paths: {}", "42", "just text", "null", ""])("refuses %p: the top level is not a mapping", (text) => {
    expect(parseSpec(text)).toEqual({ error: "is not an OpenAPI document (expected a mapping at the top level)" });
  });

  test.each(["openapi: 3.0.0", "paths: null", "paths: []", "paths: /ws"])("refuses %p: no paths mapping", (text) => {
    expect(parseSpec(text)).toEqual({ error: "has no `paths` mapping" });
  });

  test("says why text does not parse, on one line", () => {
    const { error } = parseSpec("paths: {\n  a: [1, 2\n");
    expect(error).toMatch(/^does not parse as YAML or JSON \(\S.*\)$/);
  });
});
