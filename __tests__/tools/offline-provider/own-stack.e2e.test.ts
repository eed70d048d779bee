import * as fs from "fs";
import * as path from "path";
import { terraformVersion } from "../../../tools/offline-provider";
import { commandLines, docBlocks, docFiles } from "../../helpers/readme";
import { RecipeMachine } from "../../helpers/recipe";
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
    const checked = machine.sh(synth, project);
    expect(fs.existsSync(path.join(project, "cdktf.out/stacks/registry-events/cdk.tf.json"))).toBe(true);
    expect(checked.stdout).toMatch(/^ok {3}registry-events: 0 problems$/m);

    // the tf:* lines as written, run in this clone, with the project where it lies here
    const [offline] = docBlocks(DOC, "Deploy offline", "sh");
    const [cd, ...tf] = commandLines(offline);
    expect(cd).toBe("cd ../cr-websocket-trigger");
    expect(tf.map((line) => line.split(" -- ")[0])).toEqual(["npm run tf:validate", "npm run tf:plan", "npm run tf:deploy"]);
    const [validate, plan, deploy] = tf.map((line) => {
      expect(line).toMatch(new RegExp(` -- --project ${PROJECT_ARG}$`));
      return machine.sh(line.replace(PROJECT_ARG, `"${project}"`), ROOT).stdout;
    });
    expect(validate).toMatch(/^ok {3}registry-events$/m);
    expect(plan).toMatch(/^registry-events: 5 to create, 0 to update, 0 to replace, 0 to destroy$/m);
    expect(deploy.trim().split("\n").slice(-3)).toEqual([
      "registry-events: deployed",
      expect.stringMatching(/^ {2}websocket_url = "wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/ws"$/),
      "registry-events: no changes after deploy",
    ]);
    // the offline deploy worked on a copy: the project holds no state
    expect(fs.readdirSync(project).filter((f) => f.includes("tfstate"))).toEqual([]);
  }, 900_000);
});
