import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { ROOT } from "../helpers/run-app";

/** Names of the members of an exported interface, read from its source file. */
function propsOf(file: string, name: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.ES2022, true);
  const found = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!found) throw new Error(`no interface ${name} in ${file}`);
  return found.members.map((m) => (m.name as ts.Identifier).text);
}

/** One interface's section of API.md: from its heading to the next one of the same level. */
function sectionOf(api: string, name: string): string {
  const start = api.indexOf(`\n### ${name}\n`);
  if (start < 0) throw new Error(`docs/API.md has no section for ${name}`);
  const end = api.indexOf("\n### ", start + 1);
  return api.slice(start, end < 0 ? undefined : end);
}

describe("docs/API.md", () => {
  const committed = fs.readFileSync(path.join(ROOT, "docs/API.md"), "utf8");

  test("is what `npm run docs` generates now (typedoc + typedoc-plugin-markdown from lib/index.ts)", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "api-docs-"));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typedoc/bin/typedoc"), "--out", out, "--logLevel", "Warn"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expect(fs.readdirSync(out)).toEqual(["API.md"]);
      const generated = fs.readFileSync(path.join(out, "API.md"), "utf8");
      if (generated !== committed) throw new Error("docs/API.md is stale: run `npm run docs` and commit the result");
      expect(generated).toBe(committed);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  test.each([
    ["lib/cr-websocket-trigger.ts", "CrWebsocketTriggerProps"],
    ["lib/websocket-gateway.ts", "WebsocketGatewayProps"],
  ])("%s: every prop of %s is documented with its type and, when optional, its default", (file, name) => {
    const section = sectionOf(committed, name);
    const props = propsOf(file, name);
    expect(props.length).toBeGreaterThan(3);
    for (const prop of props) {
      const row = section.split("\n").find((l) => l.includes(`\`${prop}?\``) || l.includes(`\`${prop}\``));
      expect([prop, row]).toEqual([prop, expect.stringMatching(/^\| .*\| `readonly` \| .+ \| .+\*\*Default\*\* .+ \|$/)]);
    }
  });

  test("covers the constructs with their members, and the enums", () => {
    for (const heading of [
      "### CrWebsocketTrigger",
      "### WebsocketGateway",
      "### ContainerRegistryEvent",
      "##### addWebsocketPath()",
      "##### websocketUrl",
    ])
      expect(committed).toContain(`\n${heading}\n`);
    expect(committed).not.toMatch(/\/work\/|\/home\/|\/tmp\/|blob\/[0-9a-f]{40}/);
  });
});
