import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { terraformVersion } from "../../../tools/offline-provider";
import { ROOT } from "../../helpers/run-app";
import { listFiles, writeTempApp } from "../../helpers/temp-app";

const CLI = path.join(ROOT, "build/tools/cli/tf-deploy.js");
const deploy = (args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });

// Two stacks: one owns a registry and a gateway, the other's trigger uses both across stacks.
const TWO_STACKS = `
const app = new cdktf.App();
const base = new cdktf.TerraformStack(app, "base");
new (yandex("provider").YandexProvider)(base, "yandex", {});
const registry = new lib.Registry(base, "Registry", { name: "two-images" });
const gateway = new lib.WebsocketGateway(base, "Gateway", { name: "two-events" });
const events = new cdktf.TerraformStack(app, "events");
new (yandex("provider").YandexProvider)(events, "yandex", {});
const trigger = new lib.CrWebsocketTrigger(events, "Events", {
  name: "two-events-trigger", registry, gateway, websocketPath: "/events",
});
new cdktf.TerraformOutput(events, "websocket_url", { value: trigger.websocketUrl });
app.synth();
`;

const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the npm run tf:deploy tests do not run.");
const withTerraform = version ? describe : describe.skip;

withTerraform(`npm run tf:deploy (terraform ${version ?? "missing"}, real cdktf CLI)`, () => {
  test("deploys a two-stack app sharing a registry and a gateway across stacks, proves it idempotent and keeps the sandbox with --keep", () => {
    const dir = writeTempApp(TWO_STACKS);
    let kept: string | undefined;
    try {
      const before = listFiles(dir);
      const run = deploy(["--keep"], dir);
      kept = /sandbox kept: (\S+)/.exec(run.stderr)?.[1];
      expect(run.stdout.trim().split("\n")).toEqual([
        "base: deployed",
        "events: deployed",
        expect.stringMatching(/^ {2}websocket_url = "wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/events"$/),
        "base: no changes after deploy",
        "events: no changes after deploy",
      ]);
      expect(run.status).toBe(0);
      expect(listFiles(dir)).toEqual(before);
      expect(kept).toBeDefined();
      const state = JSON.parse(fs.readFileSync(path.join(kept!, "project", "terraform.base.tfstate"), "utf8")) as { resources: { type: string }[] };
      expect(state.resources.map((r) => r.type).sort()).toEqual(["yandex_api_gateway", "yandex_container_registry"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      if (kept) fs.rmSync(kept, { recursive: true, force: true });
    }
  }, 300_000);

  test("exits 2 when a deployed stack still plans changes (an app whose synth is not deterministic)", () => {
    const dir = writeTempApp(`
const app = new cdktf.App();
const stack = new cdktf.TerraformStack(app, "drift");
new (yandex("provider").YandexProvider)(stack, "yandex", {});
new lib.WebsocketGateway(stack, "Gateway", { name: "drift", labels: { synth: String(process.hrtime.bigint()) } });
app.synth();
`);
    try {
      const run = deploy([], dir);
      expect(run.stdout).toMatch(/^drift: CHANGES after deploy \(not idempotent\)$[^]*will be updated in-place/m);
      expect(run.status).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
