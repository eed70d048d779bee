import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { transformSync } from "esbuild";
import { JsonMap } from "../../lib/adopt";
import { terraformVersion } from "../../tools/offline-provider";
import { hermeticEnv } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";
import { fixture, FIXTURE_FILES, writeJson } from "./fixtures";

/** Longest one command (adopt, synth, tf:plan, tf:deploy) may take before it is killed. */
const COMMAND_TIMEOUT_MS = 240_000;

type Resource = Record<string, unknown>;
type StackDoc = {
  resource: Record<string, Record<string, Resource>>;
  data: Record<string, Record<string, Resource>>;
  import: { id: string; to: string }[];
};

function runNode(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: hermeticEnv(env), timeout: COMMAND_TIMEOUT_MS });
}

/**
 * A cdktf project in a temporary folder whose main.ts is what cr-websocket-adopt prints for the
 * fixtures, importing this repository's build/; main.js is its transpiled copy.
 */
function generatedProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopted-"));
  const adopt = runNode(dir, [
    path.join(ROOT, "build/bin/adopt.js"),
    ...["--trigger", FIXTURE_FILES.trigger, "--registry", FIXTURE_FILES.registry, "--service-account", FIXTURE_FILES.serviceAccount],
    ...["--repository", path.join(ROOT, "build")],
  ]);
  expect(adopt.stderr).toBe("");
  expect(adopt.status).toBe(0);
  fs.writeFileSync(path.join(dir, "main.ts"), adopt.stdout);
  fs.writeFileSync(path.join(dir, "main.js"), transformSync(adopt.stdout, { loader: "ts", format: "cjs" }).code);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node main.js", sendCrashReports: "false" }));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

describe("the main.ts cr-websocket-adopt generates", () => {
  let dir: string;
  beforeAll(() => {
    dir = generatedProject();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function synth(app = "main.js"): StackDoc {
    const outdir = path.join(dir, "cdktf.out");
    const run = runNode(dir, [app], { CDKTF_OUTDIR: outdir });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const doc = JSON.parse(fs.readFileSync(path.join(outdir, "stacks/registry-broadcast/cdk.tf.json"), "utf8")) as StackDoc;
    fs.rmSync(outdir, { recursive: true, force: true });
    return doc;
  }

  test("synthesizes three import blocks with the objects' ids and reads the gateway by id", () => {
    const doc = synth();
    const [trigger, registry, account] = [fixture("trigger"), fixture("registry"), fixture("serviceAccount")];
    expect(doc.import.map((i) => [i.to.split(".")[0], i.id]).sort()).toEqual(
      [
        ["yandex_container_registry", registry.id],
        ["yandex_iam_service_account", account.id],
        ["yandex_serverless_triggers", trigger.id],
      ].sort(),
    );
    const source = (trigger.rule as JsonMap).container_registry as JsonMap;
    expect(Object.values(doc.data.yandex_api_gateway)).toEqual([
      expect.objectContaining({ api_gateway_id: (source.gateway_websocket_broadcast as JsonMap).gateway_id }),
    ]);
    // an adopted account keeps its existing binding: the stack grants nothing
    expect(Object.keys(doc.resource).sort()).toEqual(["yandex_container_registry", "yandex_iam_service_account", "yandex_serverless_triggers"]);
  });

  test("once the importFrom calls are removed, imports nothing and still grants the account nothing", () => {
    const text = fs.readFileSync(path.join(dir, "main.ts"), "utf8");
    const managed = text.replace(/\.importFrom\("[^"]*"\)/g, "");
    expect(managed).not.toBe(text);
    fs.writeFileSync(path.join(dir, "managed.js"), transformSync(managed, { loader: "ts", format: "cjs" }).code);
    const doc = synth("managed.js");
    expect(doc.import).toBeUndefined();
    expect(Object.keys(doc.resource).sort()).toEqual(["yandex_container_registry", "yandex_iam_service_account", "yandex_serverless_triggers"]);
  });

  test("reproduces every field of the trigger, the registry and the account", () => {
    const doc = synth();
    const only = (type: string): [string, Resource] => {
      const entries = Object.entries(doc.resource[type]);
      expect(entries).toHaveLength(1);
      return entries[0];
    };
    const [registryName, registry] = only("yandex_container_registry");
    const [accountName, account] = only("yandex_iam_service_account");
    const [, trigger] = only("yandex_serverless_triggers");
    const yc = { trigger: fixture("trigger"), registry: fixture("registry"), account: fixture("serviceAccount") };
    const source = (yc.trigger.rule as JsonMap).container_registry as JsonMap;
    const batch = source.batch_settings as JsonMap;
    const broadcast = source.gateway_websocket_broadcast as JsonMap;

    expect(registry).toMatchObject({ name: yc.registry.name, labels: yc.registry.labels, folder_id: yc.registry.folder_id });
    expect(account).toMatchObject({
      name: yc.account.name,
      description: yc.account.description,
      labels: yc.account.labels,
      folder_id: yc.account.folder_id,
    });
    expect(trigger).toMatchObject({
      name: yc.trigger.name,
      description: yc.trigger.description,
      labels: yc.trigger.labels,
      folder_id: yc.trigger.folder_id,
      source: {
        container_registry: {
          event_type: source.event_type,
          registry_id: `\${yandex_container_registry.${registryName}.id}`,
          image_name: source.image_name,
          tag: source.tag,
          batch_settings: { max_count: Number(batch.size), cutoff: batch.cutoff },
        },
      },
      action: [
        {
          gateway_websocket_broadcast: {
            gateway_id: broadcast.gateway_id,
            path: broadcast.path,
            service_account_id: `\${yandex_iam_service_account.${accountName}.id}`,
          },
        },
      ],
    });
  });
});

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
