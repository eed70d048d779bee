import * as fs from "fs";
import * as path from "path";
import { terraformVersion } from "../../tools/offline-provider";
import { ROOT } from "../helpers/run-app";
import { generatedProject, runNode } from "./adopted-project";
import { fixture, FIXTURE_FILES, writeJson } from "./fixtures";

// These tests drive the real terraform binary. Without one they are skipped, loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the offline plan of an adopted trigger does not run.");
const withTerraform = version ? describe : describe.skip;

withTerraform(`the offline plan of an adopted trigger (terraform ${version ?? "missing"})`, () => {
  let dir: string;
  beforeAll(() => {
    dir = generatedProject();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const tf = (script: string, existing: string[]) =>
    runNode(dir, [
      path.join(ROOT, "build/tools/cli", script),
      ...(script === "tf.js" ? ["plan"] : []),
      ...existing.flatMap((f) => ["--existing", f]),
    ]);

  test("imports the three objects and changes nothing", () => {
    const run = tf("tf.js", [FIXTURE_FILES.trigger, FIXTURE_FILES.registry, FIXTURE_FILES.serviceAccount]);
    expect(run.stdout).toMatch(/^registry-broadcast: 0 to create, 0 to update, 0 to replace, 0 to destroy, 3 to import$/m);
    for (const type of ["yandex_container_registry", "yandex_iam_service_account", "yandex_serverless_triggers"]) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}import ${type}\\.\\S+ from "[a-z0-9]+": no-op$`, "m"));
    }
    expect(run.status).toBe(0);
  });

  test("shows a prop that differs from the existing object as an in-place update of the imported trigger", () => {
    const changed = writeJson(dir, "changed-trigger.json", { ...fixture("trigger"), description: "Edited in the console after the export" });
    const run = tf("tf.js", [changed, FIXTURE_FILES.registry, FIXTURE_FILES.serviceAccount]);
    expect(run.stdout).toMatch(/^registry-broadcast: 0 to create, 1 to update, 0 to replace, 0 to destroy, 3 to import$/m);
    expect(run.stdout).toMatch(/^ {2}import yandex_serverless_triggers\.\S+ from "a1s5msktijh2qk8q3lb0": update$/m);
    expect(run.status).toBe(0);
  });

  test("fails to import an object the stand-in was not given", () => {
    const run = tf("tf.js", [FIXTURE_FILES.registry, FIXTURE_FILES.serviceAccount]);
    const printed = run.stdout + run.stderr;
    expect(printed).toMatch(/Cannot import non-existent remote object/);
    expect(printed).toMatch(/no existing yandex_serverless_triggers with id\n(tf:plan: error: )?"a1s5msktijh2qk8q3lb0"/);
    expect(run.status).toBe(1);
  });

  test("cdktf deploy imports them, and a plan after it, import blocks still in place, has no changes", () => {
    const run = tf("tf-deploy.js", [FIXTURE_FILES.trigger, FIXTURE_FILES.registry, FIXTURE_FILES.serviceAccount]);
    expect(run.stdout).toMatch(/^registry-broadcast: deployed$/m);
    expect(run.stdout).toMatch(/^registry-broadcast: no changes after deploy$/m);
    expect(run.status).toBe(0);
  });
});
