import * as fs from "fs";
import * as path from "path";
import { transformSync } from "esbuild";
import { JsonMap } from "../../lib/adopt";
import { generatedProject, Resource, runNode, StackDoc } from "./adopted-project";
import { fixture } from "./fixtures";

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
    const managed = text.replace(/^\w+\.importFrom\("[^"]*"\);\n/gm, "");
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
