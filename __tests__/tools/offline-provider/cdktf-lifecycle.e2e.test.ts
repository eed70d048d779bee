import * as fs from "fs";
import * as path from "path";
import { websocketUrlsFromOutputs } from "../../../lib/watch/outputs";
import { OfflineCdktf, terraformVersion } from "../../../tools/offline-provider";
import { ROOT } from "../../helpers/run-app";
import { commandLines, readmeBlocks, readmeCommands } from "../../helpers/readme";

// The real cdktf CLI and the real terraform against the offline stand-in provider. Without terraform, skipped loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the offline cdktf deploy/diff/output/destroy lifecycle tests do not run.");
const withTerraform = version ? describe : describe.skip;

interface State {
  resources: Array<{ mode: string; type: string; instances: Array<{ attributes: Record<string, unknown> }> }>;
}

withTerraform(`cdktf lifecycle offline (terraform ${version ?? "missing"}, one sandbox copy of the example app)`, () => {
  let sandbox: OfflineCdktf;
  beforeAll(() => {
    sandbox = new OfflineCdktf(ROOT);
  });
  afterAll(() => sandbox?.dispose());

  const state = (stack: string): State => JSON.parse(fs.readFileSync(path.join(sandbox.projectDir, `terraform.${stack}.tfstate`), "utf8")) as State;
  const managed = (stack: string) => state(stack).resources.filter((r) => r.mode === "managed");

  // the README's Deploy commands deploy every stack, and each stack then plans no changes
  function step1(): void {
    // the section's first block: the commands against the cloud (the second is tf:deploy, tested on its own)
    const [cloud] = readmeBlocks("Deploy", "sh");
    const commands = commandLines(cloud).filter((c) => /^(npx cdktf|npm run) /.test(c));
    const [deploy, ...diffs] = commands;
    expect(deploy).toMatch(/^npx cdktf deploy /);
    expect(diffs.length).toBeGreaterThan(0);
    // the test cannot answer cdktf's approval prompt, and `terraform providers lock` always asks the
    // registry, which the stand-in replaces: those two flags are added; later commands run as written
    const deployed = sandbox.shell(`${deploy} --auto-approve --skip-provider-lock`);
    expect(deployed.output).not.toMatch(/Usage Error/);
    expect(deployed.status).toBe(0);
    const stacks = sandbox.stacks();
    expect(stacks).toEqual(["shared", "dev", "prod"]);
    for (const stack of stacks) expect(managed(stack).length).toBeGreaterThan(0);

    const clean = new Set<string>();
    for (const command of diffs) {
      const single = /^npx cdktf diff (.*)$/.exec(command);
      // cdktf diff takes exactly one stack and silently ignores any further names
      if (single) expect(single[1].trim().split(/\s+/)).toHaveLength(1);
      const run = sandbox.shell(command);
      expect(run.output).not.toMatch(/Usage Error|Plan: \d+ to add/);
      expect(run.status).toBe(0);
      for (const stack of stacks) if (new RegExp(`^${stack}\\s+No changes\\.`, "m").test(run.output)) clean.add(stack);
    }
    expect([...clean].sort()).toEqual([...stacks].sort());
  }

  // the README's `cdktf output` writes every stack's outputs to the file npm run watch reads
  function step2(): void {
    const [output] = readmeCommands("Check the result").filter((c) => /^npx cdktf output /.test(c));
    const file = /--outputs-file (\S+)/.exec(output)?.[1];
    expect(file).toBeDefined();
    const run = sandbox.shell(output);
    expect(run.status).toBe(0);
    const outputs = JSON.parse(fs.readFileSync(path.join(sandbox.projectDir, file!), "utf8")) as Record<string, Record<string, string>>;
    expect(outputs.shared.registry_id).toBe(managed("shared").find((r) => r.type === "yandex_container_registry")!.instances[0].attributes.id);
    expect(websocketUrlsFromOutputs(path.join(sandbox.projectDir, file!))).toEqual([
      expect.stringMatching(/^wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/dev$/),
      expect.stringMatching(/^wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/prod$/),
    ]);
  }

  // a changed batch setting plans one in-place update, and deploy applies it
  function step3(): void {
    const main = path.join(sandbox.projectDir, "main.ts");
    const text = fs.readFileSync(main, "utf8");
    expect(text).toContain("batchSize: 10,");
    fs.writeFileSync(main, text.replace("batchSize: 10,", "batchSize: 20,"));

    const diff = sandbox.diff("prod");
    expect(diff.noChanges).toBe(false);
    expect(diff.run.output).toMatch(/Plan: 0 to add, 1 to change, 0 to destroy\./);
    expect(diff.run.output).toMatch(/# yandex_serverless_triggers\.\S+ .*will be updated in-place/);
    expect(diff.run.output).toMatch(/max_count\s+= 10 -> 20/);

    const deploy = sandbox.run(["deploy", "prod", "--auto-approve", "--ignore-missing-stack-dependencies"]);
    expect(deploy.output).toMatch(/Apply complete! Resources: 0 added, 1 changed, 0 destroyed\./);
    expect(deploy.status).toBe(0);
    const trigger = managed("prod").find((r) => r.type === "yandex_serverless_triggers")!.instances[0].attributes;
    expect(trigger.source).toMatchObject({ container_registry: { batch_settings: { max_count: 20 } } });
  }

  // moving the registry's folder is refused: prevent_destroy protects the registry from replacement
  function step4(): void {
    const before = JSON.stringify(state("shared").resources);
    const run = sandbox.run(["diff", "shared"], { CR_WS_SHARED_FOLDER_ID: "b1gmovedfolder" });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/Instance cannot be destroyed[^]*yandex_container_registry\.Registry[^]*lifecycle\.prevent_destroy/);
    expect(JSON.stringify(state("shared").resources)).toBe(before);
  }

  // cdktf destroy removes an environment stack; destroying the stack with the protected registry is refused
  function step5(): void {
    const dev = sandbox.run(["destroy", "dev", "--auto-approve"]);
    expect(dev.output).toMatch(/Destroy complete! Resources: 3 destroyed\./);
    expect(dev.status).toBe(0);
    expect(managed("dev")).toEqual([]);

    const shared = sandbox.run(["destroy", "shared", "--auto-approve", "--ignore-missing-stack-dependencies"]);
    expect(shared.status).not.toBe(0);
    expect(shared.output).toMatch(/Instance cannot be destroyed[^]*lifecycle\.prevent_destroy/);
    expect(managed("shared").map((r) => r.type)).toContain("yandex_container_registry");
  }

  // One test, so the steps keep their order under `jest --randomize`: each step works on what the previous left.
  test("deploy, output, an in-place update, a refused replacement and destroy, in order", () => {
    step1(); // the README's Deploy commands deploy every stack, and each stack then plans no changes
    step2(); // the README's `cdktf output` writes every stack's outputs to the file npm run watch reads
    step3(); // a changed batch setting plans one in-place update, and deploy applies it
    step4(); // moving the registry's folder is refused: prevent_destroy protects the registry from replacement
    step5(); // cdktf destroy removes an environment stack; destroying the stack with the protected registry is refused
  }, 600_000);
});
