import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { promisify } from "util";
import { cleanTempDir } from "./helpers/clean-temp";
import { freshNpmEnv, packedTarball } from "./helpers/packed-tarball";
import { ROOT } from "./helpers/run-app";

const run = promisify(execFile);
/** Longest any one child (pack, install, tsc, the app) may run before it is killed, within the setup's own timeout. */
const CHILD_TIMEOUT = 120_000;

// Installs the tarball the e2e tier packed, from the registry, into a cdktf 0.21 project and a cdktn
// 0.24 project, as a user on a fresh machine would: empty HOME, empty npm cache, in a folder with no
// node_modules above it.

/** A CDK core a consumer project builds on, and where it imports this package from. */
interface Flavour {
  readonly core: "cdktf" | "cdktn";
  readonly version: string;
  /** Import path of the library; the bindings are `<entry>/yandex/<binding>`. */
  readonly entry: string;
}

const FLAVOURS: readonly Flavour[] = [
  { core: "cdktf", version: "0.21.0", entry: "cr-websocket-trigger" },
  { core: "cdktn", version: "0.24.0", entry: "cr-websocket-trigger/cdktn" },
];

/** One app, two cores: only the import paths differ. It synthesizes, then runs the packaged offline check. */
function consumerMain({ core, entry }: Flavour): string {
  return `
import { App, TerraformOutput, TerraformStack } from "${core}";
import { ContainerRegistryEvent, CrWebsocketTrigger, Registry, WebsocketGateway, YandexRemoteState } from "${entry}";
import { YandexProvider } from "${entry}/yandex/provider";
import { checkSynthesizedApp } from "cr-websocket-trigger/validate";

const app = new App({ outdir: "cdktf.out" });
const shared = new TerraformStack(app, "shared");
new YandexProvider(shared, "yandex", {});
YandexRemoteState.use(shared, { bucket: "consumer-state", keyPrefix: "cr-ws/" });
const registry = new Registry(shared, "Registry", { name: "consumer-images" });
const gateway = new WebsocketGateway(shared, "Gateway", { name: "consumer-events" });
new TerraformOutput(shared, "gateway_id", { value: gateway.gatewayId });

const dev = new TerraformStack(app, "dev");
new YandexProvider(dev, "yandex", {});
const trigger: CrWebsocketTrigger = new CrWebsocketTrigger(dev, "Events", {
  name: "consumer-dev",
  registry,
  gateway,
  websocketPath: "/dev",
  events: [ContainerRegistryEvent.CREATE_IMAGE, ContainerRegistryEvent.DELETE_IMAGE_TAG],
  labels: { env: "dev" },
});
const imported = new CrWebsocketTrigger(dev, "Imported", {
  name: "consumer-imported",
  registry,
  gateway: WebsocketGateway.fromGatewayId(dev, "ExistingGateway", "d5dexistinggateway0"),
});
new TerraformOutput(dev, "websocket_url", { value: trigger.websocketUrl });
new TerraformOutput(dev, "imported_url", { value: imported.websocketUrl });
app.synth();
const findings = checkSynthesizedApp("cdktf.out").flatMap((s) => s.findings);
console.log(JSON.stringify({ path: trigger.websocketPath, findings }));
`;
}

/** Every package name installed anywhere under `nodeModules`, nested copies included. */
function installedPackages(nodeModules: string): string[] {
  const names: string[] = [];
  const walk = (dir: string): void => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name.startsWith(".")) continue;
      if (e.name.startsWith("@")) {
        walk(path.join(dir, e.name));
        continue;
      }
      const pkg = path.join(dir, e.name, "package.json");
      if (fs.existsSync(pkg)) names.push((JSON.parse(fs.readFileSync(pkg, "utf8")) as { name: string }).name);
      walk(path.join(dir, e.name, "node_modules"));
    }
  };
  walk(nodeModules);
  return names;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * The parts of a stack that must not depend on the core: everything Terraform plans from, and where
 * the state lives (a local backend's path is absolute, so the project folder is masked).
 */
function planned(stack: Record<string, unknown>, projectDir: string): string {
  const { required_providers, backend } = stack.terraform as { required_providers: unknown; backend: unknown };
  const text = JSON.stringify({ resource: stack.resource, data: stack.data, output: stack.output, required_providers, backend }, null, 2);
  return text.split(projectDir).join("<project>");
}

/** What one consumer project produced. */
interface Consumer {
  readonly dir: string;
  readonly report: { path: string; findings: unknown[] };
  readonly stacks: Record<string, Record<string, unknown>>;
}

describe("npm package", () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  let packedFiles: string[];
  const consumers = new Map<string, Consumer>();

  beforeAll(async () => {
    work = cleanTempDir("package-");
    // TMPDIR too: the scratch and compile caches of npm, tsc and node leave with `work`
    env = freshNpmEnv(path.join(work, "home"), path.join(work, "npm-cache"), { TMPDIR: path.join(work, "tmp") });
    fs.mkdirSync(env.HOME as string);
    fs.mkdirSync(env.TMPDIR as string);
    const { tarball, files } = packedTarball();
    packedFiles = files;

    // both projects set up at once; wait for both before reporting a failure, so none outlives the cleanup
    const setups = await Promise.allSettled(
      FLAVOURS.map(async (flavour) => {
        const dir = path.join(work, `consumer-${flavour.core}`);
        fs.mkdirSync(dir);
        const dependencies = { "cr-websocket-trigger": `file:${tarball}`, [flavour.core]: flavour.version, constructs: "10.7.2" };
        fs.writeFileSync(
          path.join(dir, "package.json"),
          JSON.stringify({ name: `consumer-${flavour.core}`, version: "1.0.0", private: true, dependencies }),
        );
        await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error"], {
          cwd: dir,
          env,
          timeout: CHILD_TIMEOUT,
        });
        fs.writeFileSync(path.join(dir, "main.ts"), consumerMain(flavour));
        // type-check and compile against the package's declarations, resolving its exports map as Node does
        const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
        await run(
          process.execPath,
          [tsc, "--strict", "--target", "es2022", "--module", "node16", "--moduleResolution", "node16", "--skipLibCheck", "main.ts"],
          { cwd: dir, env, timeout: CHILD_TIMEOUT },
        );
        const { stdout: report } = await run(process.execPath, ["main.js"], { cwd: dir, env, timeout: CHILD_TIMEOUT });
        const stacks = Object.fromEntries(
          ["shared", "dev"].map((name) => [name, JSON.parse(fs.readFileSync(path.join(dir, "cdktf.out/stacks", name, "cdk.tf.json"), "utf8"))]),
        );
        consumers.set(flavour.core, { dir, report: JSON.parse(report), stacks });
      }),
    );
    for (const setup of setups) if (setup.status === "rejected") throw setup.reason;
  }, 4 * CHILD_TIMEOUT);

  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  function consumer(core: string): Consumer {
    const found = consumers.get(core);
    if (!found) throw new Error(`the ${core} consumer was not set up; see the beforeAll failure`);
    return found;
  }

  test("packs both flavours of the compiled library, the bindings, the CLIs and the schema, and no sources or tests", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/lib/index.js",
        "dist/lib/index.d.ts",
        "dist/.gen/providers/yandex/serverless-triggers/index.js",
        "dist/cdktn/lib/index.js",
        "dist/cdktn/lib/index.d.ts",
        "dist/cdktn/.gen/providers/yandex/serverless-triggers/index.js",
        "dist/cdktn/.gen/providers/yandex/serverless-triggers/index.d.ts",
        "dist/bin/check.js",
        "provider-schemas/yandex@0.222.0.json",
        ".jsii",
      ]),
    );
    // the bundled dependencies (not jsii modules) are the only node_modules in the tarball
    const unexpected = packedFiles.filter(
      (p) => /^(__tests__|tools|build)\//.test(p) || /^node_modules\/(?!(jq-web|ws|yaml)\/)/.test(p) || (p.endsWith(".ts") && !p.endsWith(".d.ts")),
    );
    expect(unexpected).toEqual([]);
  });

  test("the cdktn flavour holds the library and every binding, and only what its entries reach", () => {
    const cdktf = packedFiles.filter((p) => p.startsWith("dist/.gen/") && /\.(js|d\.ts)$/.test(p)).map((p) => p.slice("dist/".length));
    const cdktn = packedFiles.filter((p) => p.startsWith("dist/cdktn/.gen/")).map((p) => p.slice("dist/cdktn/".length));
    expect(cdktn.sort()).toEqual(cdktf.sort());
    // the offline tools read JSON and are shared by both flavours
    expect(packedFiles.filter((p) => /^dist\/cdktn\/lib\/(watch|review|provider-schema)\//.test(p))).toEqual([]);
  });

  test.each(FLAVOURS.map((f) => [f.core, FLAVOURS.find((o) => o !== f)?.core]))("a %s install brings in no %s", (core, other) => {
    const installed = installedPackages(path.join(consumer(core as string).dir, "node_modules"));
    expect(installed).toEqual(expect.arrayContaining([core, "constructs", "cr-websocket-trigger"]));
    expect(installed.filter((name) => name === other)).toEqual([]);
  });

  test.each(FLAVOURS.map((f) => [f.core]))("a %s install brings in neither api-extractor nor typescript", (core) => {
    const installed = installedPackages(path.join(consumer(core as string).dir, "node_modules"));
    expect(installed.filter((name) => /^(@microsoft\/api-extractor|typescript)$/.test(name))).toEqual([]);
  });

  test(
    "no module of the cdktn flavour loads cdktf, by TypeScript's import scanner and by loading each without cdktf installed",
    async () => {
      const { dir } = consumer("cdktn");
      const flavourDir = path.join(dir, "node_modules/cr-websocket-trigger/dist/cdktn");
      const files = filesUnder(flavourDir);
      expect(files.length).toBeGreaterThan(20);
      const loadsCdktf = files.flatMap((file) => {
        const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
        return [...info.importedFiles, ...info.typeReferenceDirectives]
          .filter((ref) => ref.fileName === "cdktf" || ref.fileName.startsWith("cdktf/"))
          .map((ref) => `${path.relative(flavourDir, file)}: ${ref.fileName}`);
      });
      expect(loadsCdktf).toEqual([]);
      const modules = files.filter((f) => f.endsWith(".js"));
      const { stdout } = await run(
        process.execPath,
        ["-e", `for (const m of ${JSON.stringify(modules)}) require(m); console.log(Object.keys(require.cache).length)`],
        { cwd: dir, env, timeout: CHILD_TIMEOUT },
      );
      expect(Number(stdout)).toBeGreaterThanOrEqual(modules.length);
      // the cdktf entry next to cdktn fails loudly instead of loading a second core
      await expect(run(process.execPath, ["-e", 'require("cr-websocket-trigger")'], { cwd: dir, env, timeout: CHILD_TIMEOUT })).rejects.toThrow(
        /Cannot find module 'cdktf'/,
      );
    },
    2 * CHILD_TIMEOUT,
  );

  test("the same app synthesizes byte-identical resources, data, outputs, required providers and backends with cdktf 0.21 and cdktn 0.24", () => {
    const { stacks: fromCdktf, dir: cdktfDir } = consumer("cdktf");
    const { stacks: fromCdktn, dir: cdktnDir } = consumer("cdktn");
    expect(Object.keys(fromCdktn)).toEqual(Object.keys(fromCdktf));
    for (const name of Object.keys(fromCdktf)) expect(planned(fromCdktn[name], cdktnDir)).toBe(planned(fromCdktf[name], cdktfDir));
    // what is compared is the whole app, not two empty stacks
    const dev = fromCdktn.dev as {
      resource: Record<string, Record<string, unknown>>;
      data: Record<string, unknown>;
      output: Record<string, unknown>;
    };
    expect(Object.values(dev.resource.yandex_serverless_triggers).map((t) => (t as { name: string }).name)).toEqual([
      "consumer-dev",
      "consumer-imported",
    ]);
    expect(Object.keys(dev.data).sort()).toEqual(["terraform_remote_state", "yandex_api_gateway"]);
    expect(Object.keys(dev.output).sort()).toEqual(["imported_url", "websocket_url"]);
    expect((fromCdktn.shared.terraform as { backend: Record<string, unknown> }).backend).toHaveProperty("s3");
    expect((fromCdktn.dev.terraform as { backend: Record<string, unknown> }).backend).toEqual({
      local: { path: path.join(cdktnDir, "terraform.dev.tfstate") },
    });
  });

  test.each(FLAVOURS.map((f) => [f.core]))(
    "the packaged offline check passes on the %s app, as a library and as cr-websocket-check",
    async (core) => {
      const { dir, report } = consumer(core);
      expect(report).toEqual({ path: "/dev", findings: [] });
      const { stdout } = await run(path.join(dir, "node_modules/.bin/cr-websocket-check"), ["--outdir", "cdktf.out"], {
        cwd: dir,
        env,
        timeout: CHILD_TIMEOUT,
      });
      expect(stdout.trim().split("\n")).toEqual(["ok   dev: 0 problems", "ok   shared: 0 problems"]);
    },
    2 * CHILD_TIMEOUT,
  );
});
