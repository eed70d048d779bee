import * as ts from "typescript";
import { adopt, lit, printModule, renderMainTs } from "../../lib/adopt";
import { fixture } from "./fixtures";

const full = () => adopt({ trigger: fixture("trigger"), registry: fixture("registry"), serviceAccount: fixture("serviceAccount") });

/** The generated text parsed by TypeScript: its syntax errors, and every call as `callee(args)` text. */
function parse(text: string): { errors: string[]; source: ts.SourceFile } {
  const source = ts.createSourceFile("main.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const errors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  );
  return { errors, source };
}

/** Every `x.importFrom("id")` / `X.fromYyyId(scope, "Id", "id")` call: method name and its last string argument. */
function calls(source: ts.SourceFile, methods: string[]): [string, string][] {
  const out: [string, string][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && methods.includes(node.expression.name.text)) {
      const last = node.arguments[node.arguments.length - 1];
      out.push([node.expression.name.text, ts.isStringLiteral(last) ? last.text : "?"]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The string value of the first `key: "..."` property in the text. */
function stringProperty(source: ts.SourceFile, key: string): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found === undefined && ts.isPropertyAssignment(node) && node.name.getText(source) === key && ts.isStringLiteral(node.initializer))
      found = node.initializer.text;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("renderMainTs", () => {
  test("imports the trigger, the registry and the account, and references the gateway by id", () => {
    const { errors, source } = parse(renderMainTs(full()));
    expect(errors).toEqual([]);
    expect(calls(source, ["importFrom", "fromGatewayId", "fromRegistryId", "fromServiceAccountId"]).sort()).toEqual([
      ["fromGatewayId", "d5dm1lba80md5q1bt8gh"],
      ["importFrom", "a1s5msktijh2qk8q3lb0"],
      ["importFrom", "aje3932acdh2mo4ikgpl"],
      ["importFrom", "crpt4kj3b6e2c0nv8ifd"],
    ]);
  });

  test("references the registry and the account by id when their files are not given", () => {
    const { source } = parse(renderMainTs(adopt({ trigger: fixture("trigger") })));
    expect(calls(source, ["importFrom", "fromRegistryId", "fromServiceAccountId"]).sort()).toEqual([
      ["fromRegistryId", "crpt4kj3b6e2c0nv8ifd"],
      ["fromServiceAccountId", "aje3932acdh2mo4ikgpl"],
      ["importFrom", "a1s5msktijh2qk8q3lb0"],
    ]);
  });

  test("imports from the package, or from a repository checkout when asked", () => {
    const imports = (text: string) => [...text.matchAll(/^import \{ [^}]+ \} from ("[^"]+");$/gm)].map((m) => JSON.parse(m[1]) as string);
    expect(imports(renderMainTs(full()))).toEqual(["cdktf", "cr-websocket-trigger/yandex/provider", "cr-websocket-trigger"]);
    expect(imports(renderMainTs(full(), { repository: "../cr-websocket-trigger/" }))).toEqual([
      "cdktf",
      "../cr-websocket-trigger/.gen/providers/yandex/provider",
      "../cr-websocket-trigger/lib",
    ]);
  });

  test("writes events as ContainerRegistryEvent members and quotes label keys that are not identifiers", () => {
    const text = renderMainTs(full());
    expect(text).toContain("    ContainerRegistryEvent.CREATE_IMAGE_TAG,\n    ContainerRegistryEvent.DELETE_IMAGE_TAG,\n");
    expect(text).toContain('    "app.kubernetes.io/name": "registry-events",\n');
    expect(text).toContain('    team: "platform",\n');
  });

  test("keeps any text from the inputs a string literal: quotes, newlines and line separators cannot become code", () => {
    const hostile = 'x"); require("child_process").execSync("id"); ("\n// \u2028 */ `${1}`';
    const trigger = { ...fixture("trigger"), description: hostile };
    const { errors, source } = parse(renderMainTs(adopt({ trigger })));
    expect(errors).toEqual([]);
    expect(stringProperty(source, "description")).toBe(hostile);
    expect(calls(source, ["execSync"])).toEqual([]);
  });

  test("states broadcasterRoleGrant: NONE, and imports each adopted object in a statement of its own", () => {
    const text = renderMainTs(full());
    expect(text).toContain("  broadcasterRoleGrant: BroadcasterRoleGrant.NONE,\n");
    expect(text).toMatch(/^import \{ BroadcasterRoleGrant, /m);
    expect(text.match(/^\w+\.importFrom\("[^"]+"\);$/gm)).toEqual([
      'registry.importFrom("crpt4kj3b6e2c0nv8ifd");',
      'serviceAccount.importFrom("aje3932acdh2mo4ikgpl");',
      'trigger.importFrom("a1s5msktijh2qk8q3lb0");',
    ]);
  });

  test("names the stack after the trigger unless told otherwise", () => {
    expect(renderMainTs(full())).toContain('new TerraformStack(app, "registry-broadcast");');
    expect(renderMainTs(full(), { stackName: "adopted" })).toContain('new TerraformStack(app, "adopted");');
  });
});

describe("printModule", () => {
  test("fails when a comment line would end early and turn the rest into code", () => {
    expect(() => printModule({ header: ["one\u2028two"], imports: [], statements: [{ expr: lit(1) }] })).toThrow(/must be one line/);
  });
});
