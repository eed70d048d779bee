import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { hermeticEnv, removeTempDirs, tempDir } from "./helpers/hermetic";
import { ROOT } from "./helpers/run-app";

// jsii is the build: it compiles the package for TypeScript and writes the assembly (.jsii) that
// jsii-pacmak turns into the Python, Java and Go packages. jsii leaves out, without an error,
// what those languages cannot have (free functions, constants, type aliases), so this test holds
// the assembly to the API report (api/cr-websocket-trigger.api.md): every type and member a
// TypeScript user has reaches the other languages, or is listed below with the reason it cannot.

/** Longest the jsii compile may take (about 15 s alone on 2 cores, more beside the other tests). */
const JSII_TIMEOUT_MS = 240_000;

/** What jsii needs of the repository to compile the package; the copy keeps dist/ and .jsii out of the tree. */
const COMPILED = ["lib", "bin", ".gen", "package.json", "tsconfig.build.json", "README.md"];

/** The package's name, the first part of every fully qualified name in the assembly. */
const ASSEMBLY = "cr-websocket-trigger";

/** Report names that reach TypeScript only, by design: the name (a regex over the fully qualified name) and why. */
const TYPESCRIPT_ONLY: ReadonlyArray<{ readonly name: RegExp; readonly why: string }> = [
  {
    name: /^cr-websocket-trigger\.PropValidationError$/,
    why: "an Error subclass (@jsii ignore): other languages get its message in their jsii runtime error",
  },
  {
    name: /^cr-websocket-trigger\.yandex\.\w+\.\w+To(Hcl)?Terraform$/,
    why: "cdktf's generated struct serializers, free functions that the bindings call internally, as in every prebuilt cdktf provider",
  },
];

interface ReportEntry {
  readonly kind: string;
  readonly members: Set<string>;
}

interface JsiiType {
  readonly fqn: string;
  readonly kind: string;
  readonly initializer?: unknown;
  readonly properties?: ReadonlyArray<{ readonly name: string }>;
  readonly methods?: ReadonlyArray<{ readonly name: string }>;
  readonly members?: ReadonlyArray<{ readonly name: string }>;
}

/** Member lines of a declaration in the report: four spaces in, then modifiers, then the name. */
const MEMBER = /^ {4}(?:(?:protected|public|static|readonly|abstract|get|set|declare) )*(constructor|[A-Za-z_$][\w$]*)\??\s*[(:<=,]/;
const DECLARATION = /^(export )?(?:declare )?(?:abstract )?(class|interface|enum|function|const|type|namespace) ([A-Za-z_$][\w$]*)/;

/** Every declaration of an api-extractor report, by fully qualified name (namespaces resolved), with its member names. */
function reportEntries(report: string): Map<string, ReportEntry> {
  const code = report.slice(report.indexOf("```ts"), report.lastIndexOf("```"));
  const declared = new Map<string, ReportEntry & { readonly exported: boolean }>();
  const namespaceMembers = new Map<string, string[]>();
  let current: (ReportEntry & { readonly name: string }) | undefined;
  let inExportList = false;
  for (const line of code.split("\n")) {
    const decl = DECLARATION.exec(line);
    if (decl) {
      const [, exported, kind, name] = decl;
      current = { name, kind, members: new Set() };
      // api-extractor writes an exported namespace as `declare namespace`, with no `export`
      declared.set(name, { kind, members: current.members, exported: exported !== undefined || kind === "namespace" });
      if (kind === "namespace") namespaceMembers.set(name, []);
      continue;
    }
    if (current?.kind === "namespace") {
      if (/^ {4}export \{/.test(line)) inExportList = true;
      else if (/^ {4}\}/.test(line)) inExportList = false;
      else if (inExportList) namespaceMembers.get(current.name)!.push(line.trim().replace(/,$/, ""));
      continue;
    }
    const member = current && MEMBER.exec(line);
    if (member) current!.members.add(member[1]);
  }
  // a name's qualified name: the package, then every namespace it is listed in, outermost first
  const parentOf = new Map<string, string>();
  for (const [ns, names] of namespaceMembers) for (const n of names) parentOf.set(n, ns);
  const qualified = (name: string): string => {
    const parent = parentOf.get(name);
    return parent === undefined ? `${ASSEMBLY}.${name}` : `${qualified(parent)}.${name}`;
  };
  const entries = new Map<string, ReportEntry>();
  for (const [name, entry] of declared) {
    if (!entry.exported && !parentOf.has(name)) throw new Error(`the report declares ${name} without exporting it: is ae-forgotten-export off?`);
    entries.set(qualified(name), { kind: entry.kind, members: entry.members });
  }
  return entries;
}

/** Member names of a type in the assembly, named as the report names them (`constructor` for the initializer). */
function assemblyMembers(type: JsiiType): Set<string> {
  const names = [...(type.properties ?? []), ...(type.methods ?? []), ...(type.members ?? [])].map((m) => m.name);
  if (type.initializer !== undefined) names.push("constructor");
  return new Set(names);
}

const typescriptOnly = (fqn: string): boolean => TYPESCRIPT_ONLY.some((t) => t.name.test(fqn));

describe("the jsii assembly", () => {
  let compile: { status: number | null; output: string };
  let types: Map<string, JsiiType>;
  let report: Map<string, ReportEntry>;

  beforeAll(() => {
    const dir = tempDir("jsii-assembly-");
    try {
      for (const name of COMPILED) fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
      process.stderr.write("jsii-assembly: compiling the package with jsii...\n");
      const run = spawnSync(process.execPath, [require.resolve("jsii/bin/jsii"), "--silence-warnings", "reserved-word"], {
        cwd: dir,
        env: hermeticEnv({ JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: "1", TMPDIR: dir }),
        encoding: "utf8",
        timeout: JSII_TIMEOUT_MS,
      });
      compile = { status: run.status, output: `${run.stdout}${run.stderr}` };
      const assemblyFile = path.join(dir, ".jsii");
      const assembly = fs.existsSync(assemblyFile)
        ? (JSON.parse(fs.readFileSync(assemblyFile, "utf8")) as { types: Record<string, JsiiType> })
        : { types: {} };
      types = new Map(Object.entries(assembly.types));
      report = reportEntries(fs.readFileSync(path.join(ROOT, "api/cr-websocket-trigger.api.md"), "utf8"));
    } finally {
      removeTempDirs();
    }
  }, JSII_TIMEOUT_MS + 30_000);

  test("jsii compiles the package with no errors", () => {
    expect(compile.output).toMatch(/Errors: 0\b/);
    expect(compile.status).toBe(0);
  });

  test("every type of the API report is in the assembly, unless listed as TypeScript only", () => {
    const missing = [...report.keys()].filter((fqn) => report.get(fqn)!.kind !== "namespace" && !types.has(fqn) && !typescriptOnly(fqn));
    expect(missing).toEqual([]);
  });

  test("every assembly type is in the API report", () => {
    expect([...types.keys()].filter((fqn) => !report.has(fqn))).toEqual([]);
  });

  test("every type has the same members in the assembly as in the API report", () => {
    const differences = [...types.values()].flatMap((type) => {
      const inReport = report.get(type.fqn)?.members ?? new Set<string>();
      const inAssembly = assemblyMembers(type);
      const dropped = [...inReport].filter((m) => !inAssembly.has(m)).map((m) => `${type.fqn}#${m} is missing from the assembly`);
      const extra = [...inAssembly].filter((m) => !inReport.has(m)).map((m) => `${type.fqn}#${m} is missing from the API report`);
      return [...dropped, ...extra];
    });
    expect(differences).toEqual([]);
  });

  test("the public API outside the yandex bindings has no functions or constants, which jsii would leave out", () => {
    const free = [...report].filter(([fqn, e]) => ["function", "const", "type"].includes(e.kind) && !fqn.startsWith(`${ASSEMBLY}.yandex.`));
    expect(free.map(([fqn]) => fqn)).toEqual([]);
  });

  test("each TypeScript-only entry still matches something in the report", () => {
    for (const { name } of TYPESCRIPT_ONLY) expect([...report.keys()].some((fqn) => name.test(fqn))).toBe(true);
  });
});
