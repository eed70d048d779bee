import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { fixture, FIXTURE_FILES, writeJson } from "../adopt/fixtures";
import { ROOT } from "../helpers/run-app";

const ADOPT = path.join(ROOT, "build/bin/adopt.js");

describe("cr-websocket-adopt (bin/adopt)", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(process.execPath, [ADOPT, ...args], { cwd: dir, encoding: "utf8" });

  test("--help prints the usage, the flags and the exit codes", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("Usage: cr-websocket-adopt [options]");
    for (const flag of ["--trigger FILE", "--registry FILE", "--service-account FILE", "--repository PATH"])
      expect(result.stdout).toContain(`  ${flag} `);
    for (const code of [0, 1, 7, 64]) expect(result.stdout).toMatch(new RegExp(`^ +${code} {2}\\S`, "m"));
  });

  test("prints a main.ts on stdout and nothing on stderr when it reproduces every field", () => {
    const result = run("--trigger", FIXTURE_FILES.trigger, "--registry", FIXTURE_FILES.registry, "--service-account", FIXTURE_FILES.serviceAccount);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.match(/\.importFrom\(/g)).toHaveLength(3);
    expect(result.stdout).toContain('WebsocketGateway.fromGatewayId(stack, "Gateway", "d5dm1lba80md5q1bt8gh")');
  });

  test("--output FILE writes the main.ts into FILE, which parses as TypeScript, and nothing on stdout", () => {
    const file = path.join(dir, "main.ts");
    const result = run("--trigger", FIXTURE_FILES.trigger, "--output", file);
    expect([result.status, result.stdout, result.stderr]).toEqual([0, "", ""]);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toBe(run("--trigger", FIXTURE_FILES.trigger).stdout);
    expect(ts.transpileModule(text, { reportDiagnostics: true, fileName: "main.ts" }).diagnostics).toEqual([]);
  });

  test("fails naming --output when the file cannot be written (could not run)", () => {
    const result = run("--trigger", FIXTURE_FILES.trigger, "--output", path.join(dir, "missing", "main.ts"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^cr-websocket-adopt: error: --output \S+main\.ts: cannot be written \(ENOENT/);
  });

  test("names an unknown field on stderr and exits 7 (incomplete), still printing the main.ts", () => {
    const trigger = writeJson(dir, "trigger.json", { ...fixture("trigger"), retry_policy: { attempts: "3" } });
    const result = run("--trigger", trigger);
    expect(result.status).toBe(7);
    expect(result.stderr).toBe(
      'cr-websocket-adopt: error: not reproduced: retry_policy: unknown field ({"attempts":"3"}); the generated code does not reproduce it\n',
    );
    expect(result.stdout).toContain("new CrWebsocketTrigger(stack,");
  });

  test("fails with a usage error naming --trigger when it is missing", () => {
    const result = run();
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^cr-websocket-adopt: error: --trigger FILE is required\n/);
    expect(result.stdout).toBe("");
  });

  test("fails with a usage error naming --registry when the file is not the trigger's registry", () => {
    const other = writeJson(dir, "registry.json", { ...fixture("registry"), id: "crpother0000000000000" });
    const result = run("--trigger", FIXTURE_FILES.trigger, "--registry", other);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(
      /^cr-websocket-adopt: error: --registry \S+registry\.json: is container registry "crpother0000000000000", but the trigger's registry_id is/,
    );
    expect(result.stdout).toBe("");
  });

  test("exits 1 and prints nothing when the trigger cannot be adopted or the file is not JSON", () => {
    const invoke = writeJson(dir, "invoke.json", {
      ...fixture("trigger"),
      rule: { container_registry: { registry_id: "crp", invoke_function: {} } },
    });
    const notJson = path.join(dir, "not.json");
    fs.writeFileSync(notJson, "id: a1s\n");
    for (const [file, message] of [
      [invoke, /^cr-websocket-adopt: error: --trigger \S+invoke\.json: has no rule\.container_registry\.gateway_websocket_broadcast action/],
      [notJson, /^cr-websocket-adopt: error: --trigger \S+not\.json: is not JSON/],
    ] as const) {
      const result = run("--trigger", file);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
    }
  });

  test("runs without cdktf, so it works in an install of either flavour", () => {
    const block = path.join(dir, "block-cdktf.js");
    fs.writeFileSync(
      block,
      [
        'const M = require("module");',
        "const load = M._load;",
        "M._load = function (request, ...rest) {",
        '  if (/^cdktf(\\/|$)/.test(request)) throw new Error("cdktf loaded");',
        "  return load.call(this, request, ...rest);",
        "};",
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["-r", block, ADOPT, "--trigger", FIXTURE_FILES.trigger], { cwd: dir, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  test("exits 1 naming the file when it cannot be read", () => {
    const result = run("--trigger", path.join(dir, "missing.json"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^cr-websocket-adopt: error: ENOENT.*missing\.json/);
  });
});
