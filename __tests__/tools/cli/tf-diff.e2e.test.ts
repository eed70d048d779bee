import { terraformVersion } from "../../../tools/offline-provider";
import { removeTempDirs } from "../../helpers/hermetic";
import { cloneWithCommit, CLONE_TIMEOUT_MS, runBuilt } from "../../helpers/project-clone";

// Drives the real terraform binary; without one the end-to-end case is skipped, loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so npm run tf:diff is not run end to end.");
const withTerraform = version ? describe : describe.skip;

/** Longest one tf-diff run (terraform plans every stack twice) may take before it is killed. */
const TF_DIFF_TIMEOUT_MS = 240_000;
/** Longer than a clone and two tf-diff runs may take together. */
const TEST_TIMEOUT_MS = CLONE_TIMEOUT_MS + 2 * TF_DIFF_TIMEOUT_MS + 30_000;

withTerraform("npm run tf:diff (end to end in a temporary clone)", () => {
  afterEach(removeTempDirs);

  test(
    "a changed prod folder id: the synth diff and the offline plan both replace prod's trigger, exit 3",
    () => {
      const dir = cloneWithCommit((main) => main.replace("folderId: process.env.CR_WS_PROD_FOLDER_ID,", 'folderId: "b1gprodfolder",'));
      const json = runBuilt(dir, "build/tools/cli/tf-diff.js", ["--base", "HEAD~1", "--json"], TF_DIFF_TIMEOUT_MS);
      expect(json.status).toBe(3);
      const report = JSON.parse(json.stdout) as {
        exitCode: number;
        stacks: Array<{ stack: string }>;
        plans: Array<{ stack: string; summary: Record<string, number>; changes: Array<{ address: string; actions: string[] }> }>;
      };
      expect(report.stacks.map((s) => s.stack)).toEqual(["prod"]);
      expect(report.plans.map((p) => p.stack).sort()).toEqual(["dev", "prod", "shared"]);
      for (const p of report.plans.filter((p) => p.stack !== "prod")) expect(p.changes).toEqual([]);
      const prod = report.plans.find((p) => p.stack === "prod")!;
      expect(prod.changes).toContainEqual({
        address: expect.stringMatching(/^yandex_serverless_triggers\./),
        actions: ["delete", "create"],
        replacePaths: [["folder_id"]],
      });
      expect(prod.summary.replace).toBe(prod.changes.length);

      const md = runBuilt(dir, "build/tools/cli/tf-diff.js", ["--base", "HEAD~1"], TF_DIFF_TIMEOUT_MS);
      expect(md.status).toBe(3);
      expect(md.stdout).toMatch(/^## Infrastructure changes against `HEAD~1`/);
      expect(md.stdout).toMatch(/\n### Terraform plan \(offline stand-in provider, placeholder ids\)\n/);
      expect(md.stdout).toMatch(/\n- \*\*dev\*\*: 0 to create, 0 to update, 0 to replace, 0 to destroy\n/);
      expect(md.stdout).toMatch(new RegExp(`\\n- \\*\\*prod\\*\\*: 0 to create, 0 to update, ${prod.summary.replace} to replace, 0 to destroy\\n`));
      expect(md.stdout).toMatch(/\n {2}- `delete\/create` `yandex_serverless_triggers\.\w+`/);
    },
    TEST_TIMEOUT_MS,
  );
});
