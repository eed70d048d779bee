import * as fs from "fs";
import * as path from "path";
import { terraformVersion } from "../../../tools/offline-provider";
import { commandLines, docBlocks, docFiles } from "../../helpers/readme";
import { expectOfflineDeployAsWritten, RecipeMachine } from "../../helpers/recipe";
import { ROOT } from "../../helpers/run-app";

// Deploying needs the real terraform; without one this is skipped, loudly. npm needs the registry.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the docs/OWN-STACK.md recipe test does not run.");
const withTerraform = version ? describe : describe.skip;

const DOC = "docs/OWN-STACK.md";
/** Where the doc's project is, relative to the clone, as its tf:* commands name it. */
const PROJECT_ARG = "../my-infra";

withTerraform(`${DOC} (terraform ${version ?? "missing"}, npm registry)`, () => {
  let machine: RecipeMachine;
  beforeAll(() => {
    machine = new RecipeMachine("own-stack-");
  });
  afterAll(() => machine?.dispose());

  test("from an empty folder: pack, make the project, synthesize and check, then tf:validate, tf:plan and tf:deploy it with --project", () => {
    // the pack step names the tarball the e2e tier's `npm pack` made
    const [pack] = docBlocks(DOC, "Pack the package", "sh");
    expect(commandLines(pack)).toContain("npm pack");
    expect(fs.readFileSync(path.join(ROOT, DOC), "utf8")).toContain(`../cr-websocket-trigger/${machine.tarballName}`);

    const [make] = docBlocks(DOC, "Make the project", "sh");
    machine.sh(make, machine.root);
    const project = path.join(machine.root, "my-infra");
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.constructs).toBe("10.7.2");
    const files = docFiles(DOC, "Make the project");
    expect(Object.keys(files).sort()).toEqual(["cdktf.json", "main.ts", "tsconfig.json"]);
    machine.write(project, files);

    const [synth] = docBlocks(DOC, "Synthesize", "sh");
    // the block itself must keep cdktf from calling home: the machine's own setting is taken away
    expect(commandLines(synth)).toContain("export CHECKPOINT_DISABLE=1");
    const checked = machine.sh(synth, project, { CHECKPOINT_DISABLE: undefined });
    expect(checked.stderr).not.toMatch(/ENOTFOUND/);
    expect(fs.existsSync(path.join(project, "cdktf.out/stacks/registry-events/cdk.tf.json"))).toBe(true);
    expect(checked.stdout).toMatch(/^ok {3}registry-events: 0 problems$/m);

    expectOfflineDeployAsWritten(machine, DOC, project, PROJECT_ARG);
  }, 900_000);
});
