import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hermeticEnv } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";
import { synthesizeTestApp } from "../helpers/local-run";

// Every way the command stops before it starts a registry; the runs with a registry are in __tests__/local/local.e2e.test.ts.
function local(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(ROOT, "build/bin/local.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: hermeticEnv(env),
    timeout: 30_000,
  });
}

/** Synthesizes an app with one stack, `events`, in which `body` declares constructs; returns its outdir. */
function synthesize(dir: string, body: string): string {
  return synthesizeTestApp(
    dir,
    [
      "const app = new cdktf.App();",
      'const stack = new cdktf.TerraformStack(app, "events");',
      'new (yandex("provider").YandexProvider)(stack, "yandex", {});',
      body,
      "app.synth();",
    ].join("\n"),
  );
}

describe("npm run local", () => {
  let dir: string;
  let plain: string;
  let guarded: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-cli-"));
    plain = synthesize(path.join(dir, "plain"), `new lib.CrWebsocketTrigger(stack, "Events");`);
    guarded = synthesize(
      path.join(dir, "guarded"),
      `const gateway = new lib.WebsocketGateway(stack, "Gateway", { connectAuthorizer: { functionId: "d4e00000000000000000" } });
      new lib.CrWebsocketTrigger(stack, "Events", { gateway });`,
    );
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--help documents the options and the exit codes, exit 0", () => {
    const run = local(["--help"]);
    expect(run.status).toBe(0);
    for (const text of [
      "--outdir DIR",
      "--ready-file FILE",
      "--authorizer-token TOKEN",
      "   0  success: stopped by Ctrl-C or SIGTERM",
      "   1  could not run: ",
      "  64  usage error: ",
    ])
      expect(run.stdout).toContain(text);
  });

  test("fails with exit 1 when there is no synthesized app, saying to synthesize it", () => {
    const run = local(["--outdir", path.join(dir, "none")]);
    expect([run.status, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toMatch(/^cr-websocket-local: error: .*none is not a synth output: it has no manifest.json \(synthesize the app first\)\n$/);
  });

  test("fails with exit 1 when docker-registry is not installed, saying how to install it", () => {
    const empty = path.join(dir, "empty-bin");
    fs.mkdirSync(empty, { recursive: true });
    const run = local(["--outdir", plain], { PATH: empty });
    expect([run.status, run.stdout]).toEqual([1, ""]);
    expect(run.stderr).toMatch(
      /^cr-websocket-local: error: docker-registry .* is not on PATH; install it with `sudo apt-get install -y docker-registry`/,
    );
  });

  test("fails with exit 64 when a gateway has a connect authorizer and no --authorizer-token is given", () => {
    const run = local(["--outdir", guarded]);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(
      /^cr-websocket-local: error: --authorizer-token TOKEN is required: the connect authorizer of Gateway \/ws admits only/,
    );
    expect(run.stderr).toContain("(run 'cr-websocket-local --help' for usage)");
  });

  test("fails with exit 1 for an app without a Container Registry trigger", () => {
    const none = synthesize(path.join(dir, "none-app"), `new lib.Registry(stack, "Images");`);
    const run = local(["--outdir", none]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has no Container Registry trigger that broadcasts to a WebSocket gateway path/);
  });
});
