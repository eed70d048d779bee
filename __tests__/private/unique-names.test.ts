import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { claimUniqueName, NamedKind } from "../../lib/private/unique-names";

// Each app writes nowhere but this folder, removed after the file's tests.
let outdir: string;
beforeAll(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "app-scope-"))));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
const newApp = () => new App({ outdir });

// Validations are read straight off each owner: they are what cdktf reports at synth, prefixed with the owner's path.

function stackIn(app: App, id: string, provider: { folderId?: string; cloudId?: string } = {}): TerraformStack {
  const stack = new TerraformStack(app, id);
  new YandexProvider(stack, "yandex", provider);
  return stack;
}

function claim(scope: Construct, id: string, kind: NamedKind, name: string, folder?: string): Construct {
  const owner = new Construct(scope, id);
  claimUniqueName(owner, kind, name, folder);
  return owner;
}

describe("claimUniqueName", () => {
  test("refuses a second registry in one folder whatever its name, naming both paths, the source and what to do", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    const a = claim(stack, "A", NamedKind.REGISTRY, "images");
    claim(stack, "B", NamedKind.REGISTRY, "other");
    expect(a.node.validate()).toEqual([
      "a second container registry in the provider's folder: dev/A and dev/B both create one; Yandex allows one container registry per folder " +
        "(cloudapi containerregistry/v1/registry_service.proto (CreateRegistryRequest.name: only one registry per folder); " +
        "docs en/container-registry/operations/registry/registry-create.md); create one registry and pass it to every trigger in the folder " +
        "(`registry: first.registry`, or a Registry construct), or give one of them another `folderId`",
    ]);
  });

  test("sees registries of other stacks that share the folder, and not those of other folders", () => {
    const app = newApp();
    const shared = stackIn(app, "shared", { folderId: "b1gone" });
    const dev = stackIn(app, "dev");
    const a = claim(shared, "Registry", NamedKind.REGISTRY, "images");
    const b = claim(dev, "Registry", NamedKind.REGISTRY, "images", "b1gone");
    const c = claim(dev, "Other", NamedKind.REGISTRY, "images", "b1gtwo");
    expect(a.node.validate()).toEqual([
      expect.stringMatching(/^a second container registry in folder "b1gone": shared\/Registry and dev\/Registry both create one/),
    ]);
    expect(b.node.validate()).toHaveLength(1);
    expect(c.node.validate()).toEqual([]);
  });

  test("refuses one service account name in two folders of one cloud", () => {
    const app = newApp();
    const stack = stackIn(app, "dev", { cloudId: "b1gcloud" });
    const a = claim(stack, "A", NamedKind.SERVICE_ACCOUNT, "deployer", "b1gdev");
    claim(stack, "B", NamedKind.SERVICE_ACCOUNT, "deployer", "b1gprod");
    expect(a.node.validate()).toEqual([
      expect.stringMatching(
        /^service account name "deployer" in the app's cloud: dev\/A and dev\/B both create one; service account names are unique per cloud \(cloudapi iam\/v1\/service_account_service\.proto .*\); .*`serviceAccount: first\.serviceAccount`/,
      ),
    ]);
  });

  test("treats providers as one cloud unless their cloud ids differ", () => {
    const app = newApp();
    const a = claim(stackIn(app, "one", { cloudId: "c1" }), "A", NamedKind.SERVICE_ACCOUNT, "deployer");
    const b = claim(stackIn(app, "two", { cloudId: "c2" }), "B", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect([a.node.validate(), b.node.validate()]).toEqual([[], []]);
    const same = newApp();
    const c = claim(stackIn(same, "one", { cloudId: "c1" }), "A", NamedKind.SERVICE_ACCOUNT, "deployer");
    claim(stackIn(same, "two"), "B", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect(c.node.validate()).toHaveLength(1);
  });

  test("refuses trigger and gateway names used twice in one folder, and allows them in two folders", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    const t = claim(stack, "T1", NamedKind.TRIGGER, "events");
    claim(stack, "T2", NamedKind.TRIGGER, "events");
    const g = claim(stack, "G1", NamedKind.GATEWAY, "gw", "b1gdev");
    claim(stack, "G2", NamedKind.GATEWAY, "gw", "b1gdev");
    const other = claim(stack, "G3", NamedKind.GATEWAY, "gw", "b1gprod");
    expect(t.node.validate()).toEqual([
      expect.stringMatching(
        /^trigger name "events" in the provider's folder: dev\/T1 and dev\/T2 both create one; trigger names are unique per folder \(cloudapi .*\); give one of them another `name`$/,
      ),
    ]);
    expect(g.node.validate()).toEqual([
      expect.stringMatching(/^API gateway name "gw" in folder "b1gdev": dev\/G1 and dev\/G2 both create one; .*`gateway: first\.gateway`/),
    ]);
    expect(other.node.validate()).toEqual([]);
  });

  test("keeps apps apart, and kinds apart", () => {
    const a = claim(stackIn(newApp(), "dev"), "A", NamedKind.TRIGGER, "x");
    claim(stackIn(newApp(), "dev"), "A", NamedKind.TRIGGER, "x");
    const app = newApp();
    const stack = stackIn(app, "dev");
    const t = claim(stack, "T", NamedKind.TRIGGER, "x");
    claim(stack, "G", NamedKind.GATEWAY, "x");
    expect([a.node.validate(), t.node.validate()]).toEqual([[], []]);
  });

  test("sees claims made, and provider folders and clouds set, after an earlier validation", () => {
    const app = newApp();
    const stack = new TerraformStack(app, "dev");
    const a = claim(stack, "A", NamedKind.REGISTRY, "images", "b1gdev");
    claim(stack, "B", NamedKind.REGISTRY, "other");
    expect(a.node.validate()).toEqual([]);
    const provider = new YandexProvider(stack, "yandex", {});
    provider.folderId = "b1gdev";
    expect(a.node.validate()).toEqual([expect.stringMatching(/^a second container registry in folder "b1gdev": dev\/A and dev\/B both create one/)]);
    provider.folderId = "b1gprod";
    expect(a.node.validate()).toEqual([]);
    claim(stack, "C", NamedKind.REGISTRY, "third", "b1gdev");
    expect(a.node.validate()).toEqual([expect.stringMatching(/^a second container registry in folder "b1gdev": dev\/A and dev\/C both create one/)]);

    const s = claim(stack, "S", NamedKind.SERVICE_ACCOUNT, "deployer");
    claim(stackIn(app, "other", { cloudId: "c2" }), "S", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect(s.node.validate()).toHaveLength(1);
    provider.cloudId = "c1";
    expect(s.node.validate()).toEqual([]);
  });

  test("works out each claim's folder once per synth, not once per pair of claims", () => {
    const app = newApp();
    const stack = stackIn(app, "dev", { folderId: "b1gdev" });
    const owners = Array.from({ length: 200 }, (_, i) => claim(stack, `T${i}`, NamedKind.TRIGGER, `t${i}`));
    const folderReads = jest.spyOn(YandexProvider.prototype, "folderId", "get");
    try {
      for (const owner of owners) expect(owner.node.validate()).toEqual([]);
      // one read per claim to group them, and one per validation to see that nothing moved; pairwise would be 40 000
      expect(folderReads.mock.calls.length).toBeLessThanOrEqual(2 * owners.length);
    } finally {
      folderReads.mockRestore();
    }
  });
});
