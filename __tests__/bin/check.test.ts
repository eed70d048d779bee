import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/run-app";

function synthExample(outdir: string): void {
  const run = spawnSync(process.execPath, ["build/main.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: outdir } });
  expect(run.status).toBe(0);
}

function check(outdir: string): { status: number | null; stdout: string } {
  const run = spawnSync(process.execPath, ["build/bin/check.js", "--outdir", outdir], { cwd: ROOT, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout };
}

describe("npm run check (bin/check)", () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "check-"));
  });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("passes the example app", () => {
    synthExample(outdir);
    const result = check(outdir);
    for (const stack of ["shared", "dev", "prod"]) expect(result.stdout).toMatch(new RegExp(`^ok {3}${stack}: 0 problems$`, "m"));
    expect(result.status).toBe(0);
  });

  test("fails a broken stack with one line per problem, naming address and path", () => {
    synthExample(outdir);
    const file = path.join(outdir, "stacks/dev/cdk.tf.json");
    const doc = JSON.parse(fs.readFileSync(file, "utf8"));
    const trigger = Object.values(doc.resource.yandex_serverless_triggers)[0] as {
      action: unknown[];
      source: { container_registry: { event_type: string[] } };
    };
    trigger.action = trigger.action[0] as unknown[];
    trigger.source.container_registry.event_type = ["create_image"];
    fs.writeFileSync(file, JSON.stringify(doc));
    const result = check(outdir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^FAIL dev: 2 problems$/m);
    expect(result.stdout).toMatch(/^ {2}yandex_serverless_triggers\.RegistryEvents_\w+: action: must be an array of objects/m);
    expect(result.stdout).toMatch(
      /^ {2}yandex_serverless_triggers\.RegistryEvents_\w+: source\.container_registry\.event_type\[0\]: got "create_image"/m,
    );
  });

  test("fails when nothing was synthesized", () => {
    const result = spawnSync(process.execPath, ["build/bin/check.js", "--outdir", outdir], { cwd: ROOT, encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/manifest\.json: synthesize the app first/);
  });
});
