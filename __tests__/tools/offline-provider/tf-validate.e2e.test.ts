import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { terraformVersion } from "../../../tools/offline-provider";
import { ROOT } from "../../helpers/run-app";
import { writeTempApp } from "../../helpers/temp-app";

// tf:validate drives the real terraform binary. Without one these tests are skipped, loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the npm run tf:validate tests on temporary apps do not run.");
const withTerraform = version ? describe : describe.skip;

const tf = (command: string, cwd: string) =>
  spawnSync(process.execPath, [path.join(ROOT, "build/tools/cli/tf.js"), command], {
    cwd,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });

withTerraform(`npm run tf:validate (terraform ${version ?? "missing"})`, () => {
  test("names an unknown key inside a nested attribute, which Terraform itself drops silently", () => {
    const dir = writeTempApp(`
const app = new cdktf.App();
const stack = new cdktf.TerraformStack(app, "events");
new (yandex("provider").YandexProvider)(stack, "yandex", {});
const events = new lib.CrWebsocketTrigger(stack, "Events", { name: "events" });
events.resource.addOverride("source.container_registry.bogus_filter", "x");
app.synth();
`);
    try {
      const run = tf("validate", dir);
      expect(run.stdout.trim().split("\n")).toEqual([
        "FAIL events",
        expect.stringMatching(
          /^ {2}error \(offline schema check\): yandex_serverless_triggers\.Events_\w+: source\.container_registry\.bogus_filter: unknown attribute/,
        ),
      ]);
      expect(run.status).toBe(6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test("reports a failed synth as the app's error message, not as a dump of buffers", () => {
    const dir = writeTempApp(`throw new Error("the app refuses: batchSize: got 0");`);
    try {
      const run = tf("plan", dir);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^tf:plan: error: synth failed: [^]*Error: the app refuses: batchSize: got 0$/m);
      expect(run.stderr).not.toMatch(/<Buffer|\n\s+at /);
      expect(run.stdout).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
