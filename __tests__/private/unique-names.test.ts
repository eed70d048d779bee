import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { PropValidationError } from "../../lib/prop-validation-error";
import { claimUniqueName, NamedKind } from "../../lib/private/unique-names";

// Each app writes nowhere but this folder, removed after the file's tests.
let outdir: string;
beforeAll(() => (outdir = fs.mkdtempSync(path.join(os.tmpdir(), "app-scope-"))));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));
const newApp = () => new App({ outdir });

// Validations are run straight off each owner, as cdktf runs them at synth: a clash throws a PropValidationError.

/** The clash a claim's validation refuses (the text of its one problem), or undefined when it passes. */
function clash(owner: Construct): string | undefined {
  let errors: string[];
  try {
    errors = owner.node.validate();
  } catch (e) {
    if (!PropValidationError.isPropValidationError(e)) throw e;
    expect(e.problems).toHaveLength(1);
    return e.problems[0].allowed;
  }
  expect(errors).toEqual([]);
  return undefined;
}

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
    expect(clash(a)).toEqual(
      "a second container registry in the provider's folder: dev/A and dev/B both create one; Yandex allows one container registry per folder " +
        "(cloudapi containerregistry/v1/registry_service.proto (CreateRegistryRequest.name: only one registry per folder); " +
        "docs en/container-registry/operations/registry/registry-create.md); create one registry and pass it to every trigger in the folder " +
        "(`registry: first.registry`, or a Registry construct), or give one of them another `folderId`",
    );
  });

  test("refuses the clash at synth with one PropValidationError naming the owner, the prop and every construct in it", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    claim(stack, "A", NamedKind.REGISTRY, "images", "b1gdev");
    claim(stack, "B", NamedKind.REGISTRY, "other", "b1gdev");
    expect(() => app.synth()).toThrow(PropValidationError);
    expect(() => app.synth()).toThrow(
      /^Invalid Construct props at "dev\/A" \(1 problem\):\n {2}- folderId: got "b1gdev"; a second container registry in folder "b1gdev": dev\/A and dev\/B both create one; .*give one of them another `folderId`$/,
    );
  });

  test("places a registry by its own folder before the provider's: two explicit folders under a provider with a third do not clash", () => {
    const app = newApp();
    const stack = stackIn(app, "dev", { folderId: "b1gprovider" });
    const a = claim(stack, "A", NamedKind.REGISTRY, "images", "b1gone");
    const b = claim(stack, "B", NamedKind.REGISTRY, "images", "b1gtwo");
    expect([clash(a), clash(b)]).toEqual([undefined, undefined]);
    const c = claim(stack, "C", NamedKind.REGISTRY, "images");
    expect(clash(c)).toBeUndefined();
    const d = claim(stack, "D", NamedKind.REGISTRY, "images", "b1gprovider");
    expect(clash(d)).toMatch(/^a second container registry in folder "b1gprovider": dev\/D and dev\/C both create one/);
  });

  test("sees registries of other stacks that share the folder, and not those of other folders", () => {
    const app = newApp();
    const shared = stackIn(app, "shared", { folderId: "b1gone" });
    const dev = stackIn(app, "dev");
    const a = claim(shared, "Registry", NamedKind.REGISTRY, "images");
    const b = claim(dev, "Registry", NamedKind.REGISTRY, "images", "b1gone");
    const c = claim(dev, "Other", NamedKind.REGISTRY, "images", "b1gtwo");
    expect(clash(a)).toEqual(
      expect.stringMatching(/^a second container registry in folder "b1gone": shared\/Registry and dev\/Registry both create one/),
    );
    expect(clash(b)).toBeDefined();
    expect(clash(c)).toBeUndefined();
  });

  test("refuses one service account name in two folders of one cloud", () => {
    const app = newApp();
    const stack = stackIn(app, "dev", { cloudId: "b1gcloud" });
    const a = claim(stack, "A", NamedKind.SERVICE_ACCOUNT, "deployer", "b1gdev");
    claim(stack, "B", NamedKind.SERVICE_ACCOUNT, "deployer", "b1gprod");
    expect(clash(a)).toEqual(
      expect.stringMatching(
        /^service account name "deployer" in the app's cloud: dev\/A and dev\/B both create one; service account names are unique per cloud \(cloudapi iam\/v1\/service_account_service\.proto .*\); .*`serviceAccount: first\.serviceAccount`/,
      ),
    );
  });

  test("treats providers as one cloud unless their cloud ids differ", () => {
    const app = newApp();
    const a = claim(stackIn(app, "one", { cloudId: "c1" }), "A", NamedKind.SERVICE_ACCOUNT, "deployer");
    const b = claim(stackIn(app, "two", { cloudId: "c2" }), "B", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect([clash(a), clash(b)]).toEqual([undefined, undefined]);
    const same = newApp();
    const c = claim(stackIn(same, "one", { cloudId: "c1" }), "A", NamedKind.SERVICE_ACCOUNT, "deployer");
    claim(stackIn(same, "two"), "B", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect(clash(c)).toBeDefined();
  });

  test("refuses trigger and gateway names used twice in one folder, and allows them in two folders", () => {
    const app = newApp();
    const stack = stackIn(app, "dev");
    const t = claim(stack, "T1", NamedKind.TRIGGER, "events");
    claim(stack, "T2", NamedKind.TRIGGER, "events");
    const g = claim(stack, "G1", NamedKind.GATEWAY, "gw", "b1gdev");
    claim(stack, "G2", NamedKind.GATEWAY, "gw", "b1gdev");
    const other = claim(stack, "G3", NamedKind.GATEWAY, "gw", "b1gprod");
    expect(clash(t)).toEqual(
      expect.stringMatching(
        /^trigger name "events" in the provider's folder: dev\/T1 and dev\/T2 both create one; trigger names are unique per folder \(cloudapi .*\); give one of them another `name`$/,
      ),
    );
    expect(clash(g)).toEqual(
      expect.stringMatching(/^API gateway name "gw" in folder "b1gdev": dev\/G1 and dev\/G2 both create one; .*`gateway: first\.gateway`/),
    );
    expect(clash(other)).toBeUndefined();
  });

  test("keeps apps apart, and kinds apart", () => {
    const a = claim(stackIn(newApp(), "dev"), "A", NamedKind.TRIGGER, "x");
    claim(stackIn(newApp(), "dev"), "A", NamedKind.TRIGGER, "x");
    const app = newApp();
    const stack = stackIn(app, "dev");
    const t = claim(stack, "T", NamedKind.TRIGGER, "x");
    claim(stack, "G", NamedKind.GATEWAY, "x");
    expect([clash(a), clash(t)]).toEqual([undefined, undefined]);
  });

  test("sees claims made, and provider folders and clouds set, after an earlier validation", () => {
    const app = newApp();
    const stack = new TerraformStack(app, "dev");
    const a = claim(stack, "A", NamedKind.REGISTRY, "images", "b1gdev");
    claim(stack, "B", NamedKind.REGISTRY, "other");
    expect(clash(a)).toBeUndefined();
    const provider = new YandexProvider(stack, "yandex", {});
    provider.folderId = "b1gdev";
    expect(clash(a)).toEqual(expect.stringMatching(/^a second container registry in folder "b1gdev": dev\/A and dev\/B both create one/));
    provider.folderId = "b1gprod";
    expect(clash(a)).toBeUndefined();
    claim(stack, "C", NamedKind.REGISTRY, "third", "b1gdev");
    expect(clash(a)).toEqual(expect.stringMatching(/^a second container registry in folder "b1gdev": dev\/A and dev\/C both create one/));

    const s = claim(stack, "S", NamedKind.SERVICE_ACCOUNT, "deployer");
    claim(stackIn(app, "other", { cloudId: "c2" }), "S", NamedKind.SERVICE_ACCOUNT, "deployer");
    expect(clash(s)).toBeDefined();
    provider.cloudId = "c1";
    expect(clash(s)).toBeUndefined();
  });

  test("works out each claim's folder once per synth, not once per pair of claims", () => {
    const app = newApp();
    const stack = stackIn(app, "dev", { folderId: "b1gdev" });
    const owners = Array.from({ length: 200 }, (_, i) => claim(stack, `T${i}`, NamedKind.TRIGGER, `t${i}`));
    const folderReads = jest.spyOn(YandexProvider.prototype, "folderId", "get");
    try {
      for (const owner of owners) expect(clash(owner)).toBeUndefined();
      // one read per claim to group them, and one per validation to see that nothing moved; pairwise would be 40 000
      expect(folderReads.mock.calls.length).toBeLessThanOrEqual(2 * owners.length);
    } finally {
      folderReads.mockRestore();
    }
  });
});
