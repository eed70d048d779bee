import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./helpers/run-app";

/** The environment without npm's per-run variables, so nested npm calls behave as from a shell. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_")));
}

const CONSUMER_MAIN = `
import { App, TerraformStack } from "cdktf";
import { ContainerRegistryEvent, CrWebsocketTrigger } from "cr-websocket-trigger";
import { YandexProvider } from "cr-websocket-trigger/yandex/provider";
import { checkSynthesizedApp } from "cr-websocket-trigger/validate";

const app = new App({ outdir: "cdktf.out" });
const stack = new TerraformStack(app, "consumer");
new YandexProvider(stack, "yandex", {});
const trigger: CrWebsocketTrigger = new CrWebsocketTrigger(stack, "Events", {
  name: "consumer-events",
  events: [ContainerRegistryEvent.CREATE_IMAGE],
});
app.synth();
const problems = checkSynthesizedApp("cdktf.out").flatMap((s) => s.findings);
console.log(JSON.stringify({ path: trigger.websocketPath, problems: problems.length }));
`;

describe("npm package", () => {
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "pack-"));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  test("packs the compiled library, the bindings and the schema, and a fresh cdktf project can use it offline", () => {
    const env = cleanEnv();
    const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", work], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    const [{ filename, files }] = JSON.parse(packed.slice(packed.indexOf("["))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "dist/lib/index.js",
        "dist/lib/index.d.ts",
        "dist/.gen/providers/yandex/serverless-triggers/index.js",
        "provider-schemas/yandex@0.222.0.json",
      ]),
    );
    expect(paths.filter((p) => p.startsWith("__tests__") || p.startsWith("node_modules") || (p.endsWith(".ts") && !p.endsWith(".d.ts")))).toEqual([]);

    const consumer = path.join(work, "consumer");
    fs.mkdirSync(consumer);
    const manifest = {
      name: "consumer",
      version: "1.0.0",
      private: true,
      dependencies: { "cr-websocket-trigger": `file:${path.join(work, filename)}`, cdktf: "0.21.0", constructs: "10.7.2" },
    };
    fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify(manifest));
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund"], { cwd: consumer, env, stdio: "pipe" });
    fs.writeFileSync(path.join(consumer, "main.ts"), CONSUMER_MAIN);
    // type-check and compile the consumer against the package's declarations
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/typescript/bin/tsc"),
        "--strict",
        "--target",
        "es2022",
        "--module",
        "node16",
        "--moduleResolution",
        "node16",
        "--skipLibCheck",
        "main.ts",
      ],
      {
        cwd: consumer,
        stdio: "pipe",
      },
    );
    const out = execFileSync(process.execPath, ["main.js"], { cwd: consumer, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ path: "/ws", problems: 0 });
    const stack = JSON.parse(fs.readFileSync(path.join(consumer, "cdktf.out/stacks/consumer/cdk.tf.json"), "utf8"));
    expect(Object.values(stack.resource.yandex_serverless_triggers)).toEqual([
      expect.objectContaining({
        name: "consumer-events",
        source: expect.objectContaining({
          container_registry: expect.objectContaining({ event_type: ["CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"] }),
        }),
      }),
    ]);
  }, 120_000);
});
