import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/run-app";
import { writeTempApp } from "../helpers/temp-app";

const CHECK = path.join(ROOT, "build/bin/check.js");

function synthExample(outdir: string): void {
  const run = spawnSync(process.execPath, ["build/main.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: outdir } });
  expect(run.status).toBe(0);
}

function check(args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CHECK, ...args], { cwd, encoding: "utf8" });
}

/** Breaks the dev stack's trigger: a bare object for `action` (schema) and a lower-case event type (provider). */
function breakDev(outdir: string): string {
  const file = path.join(outdir, "stacks/dev/cdk.tf.json");
  const doc = JSON.parse(fs.readFileSync(file, "utf8"));
  const [address, trigger] = Object.entries(doc.resource.yandex_serverless_triggers)[0] as [
    string,
    { action: unknown[]; source: { container_registry: { event_type: string[] } } },
  ];
  trigger.action = trigger.action[0] as unknown[];
  trigger.source.container_registry.event_type = ["create_image"];
  fs.writeFileSync(file, JSON.stringify(doc));
  return `yandex_serverless_triggers.${address}`;
}

describe("npm run check (bin/check)", () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "check-"));
  });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("passes the example app", () => {
    synthExample(outdir);
    const result = check(["--outdir", outdir]);
    for (const stack of ["shared", "dev", "prod"]) expect(result.stdout).toMatch(new RegExp(`^ok {3}${stack}: 0 problems$`, "m"));
    expect(result.status).toBe(0);
  });

  test("fails a broken stack with one line per problem, naming address, path and rule id", () => {
    synthExample(outdir);
    breakDev(outdir);
    const result = check(["--outdir", outdir]);
    expect(result.status).toBe(6);
    expect(result.stdout).toMatch(/^FAIL dev: 2 problems$/m);
    expect(result.stdout).toMatch(
      /^ {2}yandex_serverless_triggers\.RegistryEvents_\w+: action: must be an array of objects.* \[schema\] YC-SCHEMA$/m,
    );
    expect(result.stdout).toMatch(
      /^ {2}yandex_serverless_triggers\.RegistryEvents_\w+: source\.container_registry\.event_type\[0\]: got "create_image".* \[provider\] YC-TRIGGER-EVENT-TYPES$/m,
    );
  });

  test("--ignore RULE-ID leaves out every finding of the rule, and counts what it left out", () => {
    synthExample(outdir);
    breakDev(outdir);
    const result = check(["--outdir", outdir, "--ignore", "YC-TRIGGER-EVENT-TYPES"]);
    expect(result.status).toBe(6);
    expect(result.stdout).toMatch(/^FAIL dev: 1 problem \(1 ignored\)$/m);
    expect(result.stdout).not.toMatch(/YC-TRIGGER-EVENT-TYPES/);
  });

  test("--ignore RULE-ID:ADDRESS leaves out that resource's findings only; repeated, it can pass the stack", () => {
    synthExample(outdir);
    const address = breakDev(outdir);
    const other = check(["--outdir", outdir, "--ignore", "YC-SCHEMA:yandex_serverless_triggers.Other"]);
    expect(other.stdout).toMatch(/^FAIL dev: 2 problems$/m);
    const both = check(["--outdir", outdir, "--ignore", `YC-SCHEMA:${address}`, "--ignore", `YC-TRIGGER-EVENT-TYPES:${address}`]);
    expect(both.stdout).toMatch(/^ok {3}dev: 0 problems \(2 ignored\)$/m);
    expect(both.status).toBe(0);
  });

  test("fails on an --ignore with an unknown rule id, naming it (usage error)", () => {
    const result = check(["--outdir", outdir, "--ignore", "YC-TRIGER-TAG"]);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^cr-websocket-check: error: --ignore "YC-TRIGER-TAG": no rule has the id "YC-TRIGER-TAG"; known: YC-SCHEMA, /);
  });

  test("--outdir checks the folder as it is, without synthesizing", () => {
    // a stack the app does not have, checked from a folder with no cdktf.json: synthesizing would fail
    fs.mkdirSync(path.join(outdir, "stacks/only"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks/only/cdk.tf.json"), JSON.stringify({ resource: {} }));
    fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: { only: { synthesizedStackPath: "stacks/only/cdk.tf.json" } } }));
    const result = check(["--outdir", "."], outdir);
    expect(result.stdout).toBe("ok   only: 0 problems\n");
    expect(result.status).toBe(0);
  });

  test("says a folder without manifest.json is not a synth output", () => {
    const result = check(["--outdir", outdir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`cr-websocket-check: error: ${outdir} is not a synth output: it has no manifest.json (synthesize the app first)\n`);
  });

  test("fails a synth output with no stacks: there is nothing to check (could not run)", () => {
    fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: {} }));
    const result = check(["--outdir", outdir]);
    expect([result.status, result.stdout]).toEqual([1, ""]);
    expect(result.stderr).toBe(`cr-websocket-check: error: no stacks in ${outdir}: nothing to check\n`);
  });

  test("fails an app that synthesizes no stacks (could not run)", () => {
    fs.writeFileSync(path.join(outdir, "app.js"), `const { App } = require(${JSON.stringify(require.resolve("cdktf"))});\nnew App().synth();\n`);
    fs.writeFileSync(path.join(outdir, "cdktf.json"), JSON.stringify({ app: `"${process.execPath}" app.js` }));
    const result = check([], outdir);
    expect([result.status, result.stdout, result.stderr]).toEqual([1, "", "cr-websocket-check: error: no stacks in the app: nothing to check\n"]);
  });

  test("reports an app that refuses its props as the app's error, one line per problem and no stack trace (could not run)", () => {
    // two triggers that each create a registry in one folder: Yandex allows one registry per folder
    const dir = writeTempApp(
      [
        `const app = new cdktf.App();`,
        `const stack = new cdktf.TerraformStack(app, "dev");`,
        `new (yandex("provider").YandexProvider)(stack, "yandex", { folderId: "b1gdev" });`,
        `new lib.CrWebsocketTrigger(stack, "A", { name: "first" });`,
        `new lib.CrWebsocketTrigger(stack, "B", { name: "second" });`,
        `app.synth();`,
      ].join("\n"),
    );
    try {
      const result = check([], dir);
      expect([result.status, result.stdout]).toEqual([1, ""]);
      const lines = result.stderr.trimEnd().split("\n");
      expect(lines).toEqual([
        "cr-websocket-check: error: the app (node app.js) failed (exit 1):",
        'cr-websocket-check: error: PropValidationError: Invalid Registry props at "dev/A/Registry" (1 problem):',
        expect.stringMatching(
          /^cr-websocket-check: error: {3}- folderId: got undefined; a second container registry in folder "b1gdev": dev\/A\/Registry and dev\/B\/Registry both create one; .*`registry: first\.registry`/,
        ),
      ]);
      expect(result.stderr).not.toMatch(/^\s+at |Node\.js v|Validation failed/m);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("without --outdir, synthesizes the app of cdktf.json into a temporary folder and checks it", () => {
    fs.writeFileSync(path.join(outdir, "cdktf.json"), JSON.stringify({ app: `"${process.execPath}" "${path.join(ROOT, "build/main.js")}"` }));
    const result = check([], outdir);
    for (const stack of ["shared", "dev", "prod"]) expect(result.stdout).toMatch(new RegExp(`^ok {3}${stack}: 0 problems$`, "m"));
    expect(result.status).toBe(0);
    expect(fs.readdirSync(outdir)).toEqual(["cdktf.json"]);
  });

  test("--help prints the usage, the flags and the exit codes", () => {
    const result = check(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: cr-websocket-check \[options\]$/m);
    expect(result.stdout).toMatch(/^ {2}--outdir DIR +check this synth output/m);
    expect(result.stdout).toMatch(/^ {2}--ignore RULE-ID\[:ADDRESS\] +.*\(repeatable\)$/m);
    for (const code of [0, 1, 6, 64]) expect(result.stdout).toMatch(new RegExp(`^ +${code} {2}\\S`, "m"));
  });

  test.each([
    [["--outdr", "x"], "unknown flag --outdr"],
    [["--outdir"], "--outdir needs a value"],
    [["--outdir", "--ignore", "YC-SCHEMA"], "--outdir needs a value"],
    [["--outdir="], "--outdir needs a value"],
    [["stray"], "unexpected argument stray"],
  ])("fails on %p, naming the flag (usage error)", (args, message) => {
    const result = check(args);
    expect(result.status).toBe(64);
    expect(result.stderr).toContain(`cr-websocket-check: error: ${message}`);
    expect(result.stderr).toContain("cr-websocket-check: error: (run 'cr-websocket-check --help' for usage)");
    expect(result.stdout).toBe("");
  });
});
