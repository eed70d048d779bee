import { spawnSync, SpawnSyncReturns } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { cleanTempDir } from "./helpers/clean-temp";
import { freshNpmEnv, packedTarball } from "./helpers/packed-tarball";
import { ROOT } from "./helpers/run-app";

// The packages for other languages, built as a release builds them: jsii-pacmak turns the tarball
// the e2e tier packed (compiled by jsii in its prepack) into a Python wheel; a new venv installs
// that wheel and cdktf 0.21.0 from PyPI and runs a Python app whose TypeScript twin must synthesize
// the same cdk.tf.json. The npm side of the release is `npm publish --dry-run` of the same tarball.
// Needs PyPI and python3 (with venv); HOME, TMPDIR and the npm and pip caches live in one temp folder.

/** Longest one child (pacmak, pip, an app) may run. */
const CHILD_TIMEOUT_MS = 300_000;
/** The cdktf release on PyPI that the wheel is installed beside (the npm devDependency's version). */
const CDKTF_VERSION = "0.21.0";
const FIXTURES = path.join(ROOT, "__tests__/fixtures/polyglot");

/** The TypeScript twin of fixtures/polyglot/app.py: the same constructs, props and order. */
const TYPESCRIPT_APP = `
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { ContainerRegistryEvent, CrWebsocketTrigger, Registry, ServiceAccount, WebsocketGateway, yandex } from "cr-websocket-trigger";

const app = new App({ outdir: process.argv[2] });

const shared = new TerraformStack(app, "shared");
new yandex.provider.YandexProvider(shared, "yandex", {});
const registry = new Registry(shared, "Registry", { name: "polyglot-images", labels: { team: "platform" } });
const gateway = new WebsocketGateway(shared, "Gateway", {
  name: "polyglot-events",
  connectAuthorizer: { functionId: "d4e0123456789abcdefg", resultTtlSeconds: 60 },
});

const dev = new TerraformStack(app, "dev");
new yandex.provider.YandexProvider(dev, "yandex", {});
const events = new CrWebsocketTrigger(dev, "Events", {
  name: "polyglot-dev",
  registry,
  gateway,
  websocketPath: "/dev",
  events: [ContainerRegistryEvent.CREATE_IMAGE_TAG, ContainerRegistryEvent.DELETE_IMAGE],
  imageName: "backend/api",
  jqFilter: '.details.tag != "latest"',
  batchSize: 10,
  batchCutoffSeconds: 5,
  labels: { env: "dev" },
});
events.movedFrom("RegistryEvents");
const deletes = new CrWebsocketTrigger(dev, "Deletes", {
  registry: Registry.fromRegistryId(dev, "ExistingImages", "crp0123456789abcdefg"),
  serviceAccount: ServiceAccount.fromServiceAccountId(dev, "ExistingAccount", "aje0123456789abcdefg"),
  gateway: WebsocketGateway.fromGatewayId(dev, "ExistingGateway", "d5d0123456789abcdefg"),
  websocketPath: "/deletes",
});
new TerraformOutput(dev, "websocket_url", { value: events.websocketUrl });
new TerraformOutput(dev, "deletes_url", { value: deletes.websocketUrl });
new TerraformOutput(dev, "broadcaster_role", { value: WebsocketGateway.BROADCASTER_ROLE });
app.synth();
`;

/** Every stack of a synthesized app: name → its parsed cdk.tf.json. */
function stacksIn(outdir: string): Record<string, unknown> {
  const stacks = path.join(outdir, "stacks");
  return Object.fromEntries(
    fs.readdirSync(stacks).map((name) => [name, JSON.parse(fs.readFileSync(path.join(stacks, name, "cdk.tf.json"), "utf8")) as unknown]),
  );
}

/** Fails with the child's output when it did not exit 0. */
function succeeded(what: string, run: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  if (run.status !== 0) throw new Error(`${what} failed (${run.status ?? run.signal}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

describe("packages for other languages", () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let wheels: string[];
  let python: string;
  let appDir: string;

  const step = (message: string) => process.stderr.write(`jsii-packages: ${message}\n`);
  const runIn = (cwd: string, command: string, args: string[]) =>
    spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: CHILD_TIMEOUT_MS, maxBuffer: 1 << 26 });

  beforeAll(() => {
    work = cleanTempDir("jsii-packages-");
    env = freshNpmEnv(path.join(work, "home"), path.join(work, "npm-cache"), {
      TMPDIR: path.join(work, "tmp"),
      PIP_CACHE_DIR: path.join(work, "pip-cache"),
      PIP_DISABLE_PIP_VERSION_CHECK: "1",
      // pacmak packs the package again for the wheel; its prepack (the build) already ran
      npm_config_ignore_scripts: "true",
      JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: "1",
    });
    for (const dir of [env.HOME, env.TMPDIR]) fs.mkdirSync(dir as string);

    // the packed package, with this checkout's node_modules one folder up for its jsii dependencies
    // (cdktf, constructs); its own bundled dependencies stay in its node_modules
    const pkg = path.join(work, "pkg");
    fs.mkdirSync(pkg);
    succeeded("tar", runIn(pkg, "tar", ["xzf", packedTarball().tarball]));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(pkg, "node_modules"), "dir");

    step("building the Python wheel with jsii-pacmak...");
    const out = path.join(work, "pacmak");
    succeeded(
      "jsii-pacmak",
      runIn(path.join(pkg, "package"), process.execPath, [require.resolve("jsii-pacmak/bin/jsii-pacmak"), "--target", "python", "--outdir", out]),
    );
    wheels = fs.readdirSync(path.join(out, "python")).map((f) => path.join(out, "python", f));

    step(`installing the wheel and cdktf ${CDKTF_VERSION} from PyPI into a new venv...`);
    succeeded("python3 -m venv", runIn(work, "python3", ["-m", "venv", path.join(work, "venv")]));
    python = path.join(work, "venv/bin/python");
    const wheel = wheels.find((f) => f.endsWith(".whl"));
    succeeded("pip install", runIn(work, python, ["-m", "pip", "install", "--no-input", "--quiet", wheel ?? "no wheel", `cdktf==${CDKTF_VERSION}`]));

    // both apps run from one folder (the local backend's state path is the working directory), and
    // the TypeScript twin resolves the unpacked package as a user's project would
    appDir = path.join(pkg, "apps");
    fs.mkdirSync(path.join(appDir, "node_modules"), { recursive: true });
    fs.symlinkSync(path.join(pkg, "package"), path.join(appDir, "node_modules/cr-websocket-trigger"), "dir");
  }, 4 * CHILD_TIMEOUT_MS);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test("jsii-pacmak builds a wheel and a source distribution of the release", () => {
    expect(wheels.map((f) => path.basename(f)).sort()).toEqual(["cr_websocket_trigger-1.0.0-py3-none-any.whl", "cr_websocket_trigger-1.0.0.tar.gz"]);
  });

  test(
    "a Python app synthesizes the same cdk.tf.json as its TypeScript twin",
    () => {
      step("synthesizing the Python app...");
      succeeded("the Python app", runIn(appDir, python, [path.join(FIXTURES, "app.py"), path.join(work, "out-python")]));
      step("synthesizing its TypeScript twin...");
      const main = path.join(appDir, "main.js");
      fs.writeFileSync(
        main,
        ts.transpileModule(TYPESCRIPT_APP, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText,
      );
      succeeded("the TypeScript app", runIn(appDir, process.execPath, [main, path.join(work, "out-typescript")]));

      const fromPython = stacksIn(path.join(work, "out-python"));
      expect(Object.keys(fromPython).sort()).toEqual(["dev", "shared"]);
      expect(fromPython).toEqual(stacksIn(path.join(work, "out-typescript")));
      // the parts that cross the language boundary made it into the JSON
      const dev = JSON.stringify(fromPython.dev);
      expect(dev).toContain('.details.tag != \\"latest\\"');
      expect(dev).toContain('"moved"');
      expect(dev).toContain("aje0123456789abcdefg");
      expect(dev).toContain("api-gateway.websocketBroadcaster");
      expect(JSON.stringify(fromPython.shared)).toContain("d4e0123456789abcdefg");
    },
    2 * CHILD_TIMEOUT_MS,
  );

  test(
    "a bad prop raises a Python exception whose message names the prop and the value",
    () => {
      const run = succeeded("bad_prop.py", runIn(appDir, python, [path.join(FIXTURES, "bad_prop.py")]));
      const { raised, message } = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as { raised: string | null; message: string };
      expect(raised).toBe("RuntimeError");
      expect(message).toMatch(/^Invalid CrWebsocketTrigger props at "bad\/Events" \(2 problems\):/);
      expect(message).toMatch(/ {2}- batchSize: got 0; must be an integer from 1 to 1000 events/);
      expect(message).toMatch(/ {2}- websocketPath: got "ws"; must start with "\/"/);
    },
    CHILD_TIMEOUT_MS,
  );

  test(
    "npm publish --dry-run accepts the packed 1.0.0 tarball",
    () => {
      step("npm publish --dry-run...");
      const run = succeeded("npm publish --dry-run", runIn(work, "npm", ["publish", "--dry-run", packedTarball().tarball]));
      expect(`${run.stdout}${run.stderr}`).toMatch(/\+ cr-websocket-trigger@1\.0\.0/);
      expect(run.stderr).toMatch(/bundled deps: 3/);
    },
    CHILD_TIMEOUT_MS,
  );
});
