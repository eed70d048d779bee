import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import * as ts from "typescript";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { CrWebsocketTrigger } from "../../lib";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { AppGraph, buildAppGraph, EdgeKind, StackDocument } from "../../lib/review";
import { checkSynthesizedApp } from "../../lib/validate";
import { hermeticEnv } from "../helpers/hermetic";
import { mermaidBlocks } from "../helpers/mermaid";
import { readmeBlocks } from "../helpers/readme";
import { APP_TIMEOUT_MS, ROOT } from "../helpers/run-app";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const PACKAGE = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, string | { types: string; default: string }>;
};

/** The README's examples: the whole app, and the importers it says to add to that app. */
function examples(): { app: string; withImporters: string } {
  const [app, importers, ...rest] = readmeBlocks("Use the construct", "ts");
  expect(rest).toEqual([]);
  const end = app.lastIndexOf("app.synth();");
  expect(end).toBeGreaterThan(0);
  return { app, withImporters: app.slice(0, end) + importers + app.slice(end) };
}

/** The docs pages the README sends readers to, whose TypeScript blocks are each a whole app that imports from the package. */
const DOC_PAGES = ["docs/TEAM-SETUP.md", "docs/IAM.md", "docs/REMOTE-STATE.md"];

/** Every ```ts block of {@link DOC_PAGES}, by a file name made from its page and place. */
function docApps(): Record<string, string> {
  return Object.fromEntries(
    DOC_PAGES.flatMap((page) =>
      [...fs.readFileSync(path.join(ROOT, page), "utf8").matchAll(/^```ts\n([^]*?)^```$/gm)].map((m, i) => [
        `${path.basename(page, ".md").toLowerCase()}-${i + 1}`,
        m[1],
      ]),
    ),
  );
}

/** The package specifiers a source imports. */
function packageImports(source: string): string[] {
  return importsOf(source).filter((s) => s === PACKAGE.name || s.startsWith(`${PACKAGE.name}/`));
}

/** Module specifiers of a TypeScript source's imports. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
}

/** The package's export of `specifier` (`cr-websocket-trigger/yandex/provider`): its `types` and `default` targets, or undefined. */
function exportOf(specifier: string): { types: string; default: string } | undefined {
  const sub = "." + specifier.slice(PACKAGE.name.length);
  for (const [key, target] of Object.entries(PACKAGE.exports)) {
    if (typeof target === "string") continue;
    const [head, tail] = key.split("*");
    if (tail === undefined ? key === sub : sub.startsWith(head) && sub.endsWith(tail) && sub.length > head.length + tail.length) {
      const star = tail === undefined ? "" : sub.slice(head.length, sub.length - tail.length);
      return { types: target.types.replace("*", star), default: target.default.replace("*", star) };
    }
  }
  return undefined;
}

/**
 * Where the package's compiled file `target` (`./dist/lib/index.js`) comes from in this checkout:
 * the TypeScript source for a `.d.ts`, the esbuild output in build/ for a `.js`.
 */
function inCheckout(target: string): string {
  const file = target.replace(/^\.\/dist\//, "");
  return file.endsWith(".d.ts") ? path.join(ROOT, file.replace(/\.d\.ts$/, ".ts")) : path.join(ROOT, "build", file);
}

/** The diagnostics of type-checking virtual files (name → text, as if they lay in the repository root) with the project's compiler options. */
function typeCheck(files: Record<string, string>, extra: ts.CompilerOptions): string[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const compilerOptions: ts.CompilerOptions = { ...options, incremental: false, tsBuildInfoFile: undefined, noEmit: true, ...extra };
  const virtual = new Map(Object.entries(files).map(([name, text]) => [path.join(ROOT, name), text]));
  const host = ts.createCompilerHost(compilerOptions);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? readFile(f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = virtual.get(f);
    return text === undefined ? getSourceFile(f, language, ...rest) : ts.createSourceFile(f, text, language);
  };
  const program = ts.createProgram([...virtual.keys()], compilerOptions, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? path.relative(ROOT, d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

/** Compiler paths that resolve each package specifier the way the package's `exports` do, to the sources they are built from. */
function packagePaths(specifiers: string[]): Record<string, string[]> {
  return Object.fromEntries(specifiers.map((s) => [s, [inCheckout(exportOf(s)!.types)]]));
}

describe("README.md", () => {
  test("is about 250 lines, and its first TypeScript example imports from the package, not from ./lib", () => {
    expect(README.split("\n").length).toBeLessThan(300);
    const first = /^```ts\n([^]*?)^```$/m.exec(README)![1];
    expect(first).toBe(examples().app);
    const imports = importsOf(first);
    expect(imports).toEqual(expect.arrayContaining([PACKAGE.name, `${PACKAGE.name}/yandex/provider`]));
    expect(imports.filter((s) => s.startsWith("."))).toEqual([]);
  });

  test("every package specifier the examples import is one the package exports", () => {
    const specifiers = [examples().withImporters, ...Object.values(docApps())].flatMap(packageImports);
    expect(specifiers.length).toBeGreaterThan(1);
    for (const s of specifiers) {
      const target = exportOf(s);
      expect([s, target]).toEqual([s, expect.objectContaining({ types: expect.stringMatching(/^\.\/dist\/.*\.d\.ts$/) })]);
      expect([s, fs.existsSync(inCheckout(target!.types))]).toEqual([s, true]);
    }
    expect(exportOf(`${PACKAGE.name}/no-such-entry`)).toBeUndefined();
  });

  test("the examples and the docs pages' apps type-check (strict) against the package, the note's local variant against ./lib", () => {
    const { app, withImporters } = examples();
    const note = /^> \*\*In this repository\*\*[^]*?(?=\n\n)/m.exec(README)![0].replace(/\n> /g, " ");
    const swaps = [...note.matchAll(/`"(\.\/[^"]+)"` for\s+`"([^"]+)"`/g)].map(([, local, pkg]) => [pkg, local]);
    expect(swaps.map(([pkg]) => pkg).sort()).toEqual([PACKAGE.name, `${PACKAGE.name}/yandex/provider`]);
    let local = withImporters;
    for (const [pkg, to] of swaps) local = local.split(`"${pkg}"`).join(`"${to}"`);
    expect(importsOf(local).filter((s) => s.startsWith(PACKAGE.name))).toEqual([]);

    const docs = docApps();
    expect(Object.keys(docs).length).toBeGreaterThanOrEqual(DOC_PAGES.length);
    const specifiers = [...new Set([withImporters, ...Object.values(docs)].flatMap(packageImports))];
    const files: Record<string, string> = { "readme-app.ts": app, "readme-importers.ts": withImporters, "readme-local.ts": local };
    for (const [name, source] of Object.entries(docs)) files[`${name}.ts`] = source;
    expect(typeCheck(files, { baseUrl: ROOT, paths: packagePaths(specifiers) })).toEqual([]);
    // and the check can fail: a prop the trigger does not have (the removed registryId) is refused
    const broken = app.replace('name: "registry-events",', 'name: "registry-events",\n  registryId: "crpabcdefghij0123456",');
    expect(broken).not.toBe(app);
    expect(typeCheck({ "readme-broken.ts": broken }, { baseUrl: ROOT, paths: packagePaths(specifiers) })).toEqual([
      expect.stringMatching(
        /^readme-broken\.ts: Object literal may only specify known properties, but 'registryId' does not exist in type 'CrWebsocketTriggerProps'/,
      ),
    ]);
  }, 120_000);

  test("the examples and the docs pages' apps, run with the package's modules, synthesize stacks that pass the offline check", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-app-"));
    try {
      // the package's specifiers, cdktf and constructs resolve as in a project that installed the package
      const resolve = [
        `const Module = require("module");`,
        `const resolve = Module._resolveFilename;`,
        `const targets = ${JSON.stringify(
          Object.fromEntries(
            [...new Set([examples().withImporters, ...Object.values(docApps())].flatMap(packageImports))]
              .map((s) => [s, inCheckout(exportOf(s)!.default)])
              .concat(["cdktf", "constructs"].map((s) => [s, require.resolve(s)])),
          ),
        )};`,
        `Module._resolveFilename = function (request, ...rest) {`,
        `  return targets[request] ?? resolve.call(this, request, ...rest);`,
        `};`,
      ].join("\n");
      const stacks = (name: string, source: string) => {
        const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
        fs.writeFileSync(path.join(dir, `${name}.js`), `${resolve}\n${js}`);
        const outdir = path.join(dir, `${name}.out`);
        execFileSync(process.execPath, [path.join(dir, `${name}.js`)], {
          cwd: dir,
          stdio: "pipe",
          env: hermeticEnv({ CDKTF_OUTDIR: outdir }),
          timeout: APP_TIMEOUT_MS,
        });
        const checks = checkSynthesizedApp(outdir);
        expect(checks.map((c) => ({ stack: c.stack, findings: c.findings, warnings: c.warnings }))).toEqual([
          { stack: "registry-events", findings: [], warnings: [] },
        ]);
        const doc = JSON.parse(readSynthesizedStacks(outdir)[0].text) as StackDocument;
        return Object.entries(doc.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`));
      };
      const { app, withImporters } = examples();
      expect(stacks("app", app).sort()).toEqual([
        "yandex_api_gateway.Gateway_43CB3636",
        "yandex_container_registry.Images",
        "yandex_iam_service_account.Broadcaster",
        expect.stringMatching(/^yandex_resourcemanager_folder_iam_member\.Broadcaster_BroadcasterGrant/),
        "yandex_serverless_triggers.RegistryEvents_18FFFB51",
      ]);
      // the importers create no registry, account or gateway; the imported account gets its grant only because it asks
      const more = stacks("importers", withImporters);
      expect(more.filter((a) => /^yandex_(container_registry|iam_service_account|api_gateway)\./.test(a))).toHaveLength(3);
      expect(more.filter((a) => a.startsWith("yandex_serverless_triggers."))).toHaveLength(2);
      expect(more.filter((a) => a.startsWith("yandex_resourcemanager_folder_iam_member.BroadcasterGrants_"))).toHaveLength(1);
      // each docs page's app: a whole app from the package, synthesized and checked
      for (const [name, source] of Object.entries(docApps())) {
        expect([name, packageImports(source).length > 0, source.includes("app.synth();")]).toEqual([name, true, true]);
        expect([name, stacks(name, source).some((a) => a.startsWith("yandex_serverless_triggers."))]).toEqual([name, true]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("the error it shows is the one the trigger throws for those values (a line may end early with ...)", () => {
    const shown = /^```\n(Invalid CrWebsocketTrigger props [^]*?)^```$/m.exec(README)![1];
    const stack = new TerraformStack(new App({ outdir: os.tmpdir() }), "registry-events");
    new YandexProvider(stack, "yandex", {});
    let message = "";
    try {
      new CrWebsocketTrigger(stack, "RegistryEvents", { batchSize: 0, websocketPath: "ws" });
    } catch (e) {
      message = (e as Error).message;
    }
    const actual = message.split("\n");
    const lines = shown.trimEnd().split("\n");
    expect(lines.length).toBe(actual.length);
    lines.forEach((line, i) => {
      if (line.endsWith(" ...")) expect(actual[i].startsWith(line.slice(0, -" ...".length))).toBe(true);
      else expect(actual[i]).toBe(line);
    });
  });

  test("the picture of one construct has readable node ids and is what a CrWebsocketTrigger with defaults creates", () => {
    const start = README.indexOf("\n## What one construct creates\n");
    expect(start).toBeGreaterThan(0);
    const [picture] = mermaidBlocks(README.slice(start, README.indexOf("\n## ", start + 1)));
    // nodes that stand for resources: id["<type><br/><construct path below the trigger>"]
    const nodes = new Map([...picture.matchAll(/^ *([\w-]+)\["(yandex_\w+)<br\/>([^"]+)"\]$/gm)].map(([, id, type, at]) => [id, `${type} ${at}`]));
    for (const id of nodes.keys()) expect(id).toMatch(/^[a-z]{2,12}$/);
    const arrows = { "-->": EdgeKind.REFERENCE, "-.->": EdgeKind.DEPENDS_ON } as Record<string, EdgeKind>;
    const drawn = [...picture.matchAll(/^ *([\w-]+) (-->|-\.->)(?:\|[^|]*\|)? ([\w-]+)$/gm)]
      .filter(([, from, , to]) => nodes.has(from) && nodes.has(to))
      .map(([, from, arrow, to]) => `${nodes.get(from)} ${arrows[arrow]} ${nodes.get(to)}`);

    // synthesized as an app does it, so that each resource carries its construct path
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "readme-picture-"));
    let graph: AppGraph;
    try {
      const app = new App({ outdir });
      const stack = new TerraformStack(app, "s");
      new YandexProvider(stack, "yandex", {});
      new CrWebsocketTrigger(stack, "RegistryEvents");
      app.synth();
      graph = buildAppGraph({ s: JSON.parse(readSynthesizedStacks(outdir)[0].text) as StackDocument });
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
    const byKey = new Map(graph.nodes.map((n) => [n.key, `${n.type} ${n.path.replace(/^RegistryEvents\//, "")}`]));
    expect([...nodes.values()].sort()).toEqual([...byKey.values()].sort());
    expect(drawn.sort()).toEqual(graph.edges.map((e) => `${byKey.get(e.from)} ${e.kind} ${byKey.get(e.to)}`).sort());
  });
});
