import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { CrWebsocketTrigger, Registry } from "../../lib";
import { addAppChecks, appWarnings } from "../../lib/private/app-checks";

// Each app writes nowhere but this folder, removed after the file's tests.
let outdir: string;
beforeAll(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "app-scope-"))));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
const newApp = () => new App({ outdir });

const WARN = "@cdktf/warn";

function stackIn(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new YandexProvider(stack, "yandex", {});
  return stack;
}

/** The warning annotations under `scope` after its stack is synthesized, as `<path>: <message>`. */
function warningsAfterSynth(stack: TerraformStack, scope: IConstruct = stack): string[] {
  Testing.synth(stack);
  return scope.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === WARN).map((m) => `${c.node.path}: ${String(m.data)}`));
}

describe("addAppChecks", () => {
  test("warns at synth when a trigger's batch size can exceed the 128 KB WebSocket message limit", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    const registry = new Registry(stack, "Registry");
    new CrWebsocketTrigger(stack, "Big", { batchSize: 1000, registry });
    new CrWebsocketTrigger(stack, "Small", { batchSize: 10, registry });
    addAppChecks(stack);
    expect(warningsAfterSynth(stack)).toEqual([
      expect.stringMatching(
        /^dev\/Big\/Resource: a batch of 1000 events makes a broadcast message of about 587 KB .*code 1009.* \[YC-TRIGGER-MESSAGE-SIZE\]$/,
      ),
    ]);
  });

  test("says once that a jq transformer makes the size unknown", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    const registry = new Registry(stack, "Registry");
    new CrWebsocketTrigger(stack, "A", { batchSize: 100, registry, jqTransformer: "." });
    new CrWebsocketTrigger(stack, "B", { batchSize: 100, registry, jqTransformer: "." });
    addAppChecks(stack);
    expect(warningsAfterSynth(stack)).toEqual([
      expect.stringMatching(/^dev\/A\/Resource: the broadcast message size of .*A.*, .*B.* cannot be estimated: a jq transformer/),
    ]);
  });

  test("warns about a quota the whole app exceeds, on the stack that holds the resource over it", () => {
    const app = newApp();
    const one = stackIn(app, "one");
    const two = stackIn(app, "two");
    for (let i = 0; i < 6; i++) new Registry(one, `R${i}`, { folderId: `b1gone${i}` });
    for (let i = 0; i < 5; i++) new Registry(two, `R${i}`, { folderId: `b1gtwo${i}` });
    addAppChecks(one);
    expect(appWarnings(app)).toEqual([
      {
        stack: "two",
        constructPath: "two/R4/Default",
        message: expect.stringMatching(
          /^the app creates 11 container registries .*container-registry\.registries\.count allows 10 .*raise it.* \[YC-QUOTA-REGISTRIES\]$/,
        ),
      },
    ]);
    expect(warningsAfterSynth(one)).toEqual([]);
    expect(warningsAfterSynth(two)).toEqual([expect.stringMatching(/^two\/R4\/Default: the app creates 11 container registries/)]);
  });

  test("runs in a full synth of stacks joined by cross-stack references", () => {
    const app = newApp();
    const shared = stackIn(app, "shared");
    const dev = stackIn(app, "dev");
    const registry = new Registry(shared, "Registry", { name: "images" });
    new CrWebsocketTrigger(dev, "Events", { registry, batchSize: 1000 });
    addAppChecks(dev);
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { annotations: Array<{ constructPath: string; level: string; message: string }> }>;
    };
    expect(manifest.stacks.dev.annotations).toEqual([
      expect.objectContaining({ constructPath: "dev/Events/Resource", level: WARN, message: expect.stringMatching(/^a batch of 1000 events/) }),
    ]);
    expect(manifest.stacks.shared.annotations).toEqual([]);
  });

  test("adds its aspect to each stack once", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    addAppChecks(stack);
    addAppChecks(stack);
    new Registry(stack, "Registry");
    expect(warningsAfterSynth(stack)).toEqual([]);
    expect(appWarnings(app)).toEqual([]);
  });
});
