import { terraformVersion } from "../../../tools/offline-provider";
import { removeTempDirs } from "../../helpers/hermetic";
import { mermaidBlocks, parseMermaid } from "../../helpers/mermaid";
import { moveIntoTeam } from "../../helpers/review-apps";
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
      expect(md.stdout).toMatch(/\n- \*\*dev\*\*: no changes\n/);
      expect(md.stdout).toMatch(new RegExp(`\\n- \\*\\*prod\\*\\*: ${prod.summary.replace} replace\\n`));
      expect(md.stdout).toMatch(/\n {2}- \*\*replace\*\* `yandex_serverless_triggers\.\w+`: `delete\/create`/);
      // the synth diff's section keeps its picture, and the plan words the stack as the synth diff does
      expect(md.stdout).toMatch(new RegExp(`<summary><b>prod</b>: ${prod.summary.replace} replace</summary>`));
      const diagrams = mermaidBlocks(md.stdout);
      expect(diagrams).toHaveLength(1);
      expect(parseMermaid(diagrams)[0].ok).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "the trigger moved into a parent construct with movedFrom: terraform plans moves and 0 to destroy, the pictures stay, exit 2",
    () => {
      const dir = cloneWithCommit(moveIntoTeam);
      const json = runBuilt(dir, "build/tools/cli/tf-diff.js", ["--base", "HEAD~1", "--json"], TF_DIFF_TIMEOUT_MS);
      expect(json.stderr).toBe("");
      expect(json.status).toBe(2);
      const report = JSON.parse(json.stdout) as { plans: Array<{ stack: string; summary: Record<string, number> }> };
      for (const stack of ["dev", "prod"]) {
        expect(report.plans.find((p) => p.stack === stack)!.summary).toMatchObject({ create: 0, replace: 0, destroy: 0, move: 3 });
      }

      const md = runBuilt(dir, "build/tools/cli/tf-diff.js", ["--base", "HEAD~1"], TF_DIFF_TIMEOUT_MS);
      expect(md.status).toBe(2);
      expect(md.stdout).toMatch(/<summary><b>dev<\/b>: 3 move<\/summary>/);
      expect(md.stdout).toMatch(/\n- \*\*dev\*\*: 3 move\n/);
      expect(md.stdout).toMatch(/\n- \*\*prod\*\*: 3 move\n/);
      const diagrams = mermaidBlocks(md.stdout);
      expect(diagrams).toHaveLength(2);
      expect(parseMermaid(diagrams).map((r) => r.ok)).toEqual([true, true]);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "a changed sleep_after of the broadcaster grant: the synth diff and the offline plan both replace the member, exit 3",
    () => {
      const dir = cloneWithCommit((main) =>
        main.replace(
          '    new TerraformOutput(this, "websocket_url"',
          '    trigger.broadcasterGrant?.resource.addOverride("sleep_after", 60);\n    new TerraformOutput(this, "websocket_url"',
        ),
      );
      const json = runBuilt(dir, "build/tools/cli/tf-diff.js", ["--base", "HEAD~1", "--json"], TF_DIFF_TIMEOUT_MS);
      expect(json.status).toBe(3);
      const report = JSON.parse(json.stdout) as {
        stacks: Array<{ stack: string; changes: Array<{ address: string; impact: string }> }>;
        plans: Array<{ stack: string; changes: Array<{ address: string; actions: string[]; replacePaths?: string[][] }> }>;
      };
      for (const stack of ["dev", "prod"]) {
        const member = /^yandex_resourcemanager_folder_iam_member\./;
        expect(report.stacks.find((s) => s.stack === stack)!.changes).toEqual([
          expect.objectContaining({ address: expect.stringMatching(member), impact: "replace" }),
        ]);
        expect(report.plans.find((p) => p.stack === stack)!.changes).toEqual([
          { address: expect.stringMatching(member), actions: ["delete", "create"], replacePaths: [["id"]] },
        ]);
      }
    },
    TEST_TIMEOUT_MS,
  );
});
