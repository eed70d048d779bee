import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/run-app";
import { git, removeTempDirs } from "../helpers/hermetic";
import { cloneWithCommit, CLONE_CHILD_TIMEOUT_MS, CLONE_TIMEOUT_MS, runBuilt } from "../helpers/project-clone";
import { moveIntoTeam } from "../helpers/review-apps";

/** Longer than one test's children may take together: a clone and two diff runs. */
const TEST_TIMEOUT_MS = CLONE_TIMEOUT_MS + 2 * CLONE_CHILD_TIMEOUT_MS + 30_000;

const runDiff = (dir: string, ...args: string[]) => runBuilt(dir, "build/bin/diff.js", ["--base", "HEAD~1", ...args]);

describe("npm run diff (end to end in a temporary clone)", () => {
  afterEach(removeTempDirs);

  test(
    "a renamed construct id, a changed folder id and a changed batch size: replace / replace / update, exit 3",
    () => {
      const dir = cloneWithCommit((main) =>
        main
          .replace('new CrWebsocketTrigger(this, "RegistryEvents"', 'new CrWebsocketTrigger(this, "ImageEvents"')
          .replace("folderId: process.env.CR_WS_PROD_FOLDER_ID,", 'folderId: "b1gprodfolder",')
          .replace("batchSize: 10,", "batchSize: 20,"),
      );
      // --output keeps the JSON apart from whatever else reaches stdout (npm's banner under `npm run`)
      const file = path.join(dir, "diff.json");
      const json = runDiff(dir, "--json", "--output", file);
      expect([json.stderr, json.stdout]).toEqual(["", ""]);
      expect(json.status).toBe(3);
      const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
        stacks: Array<{
          stack: string;
          changes: Array<{
            address: string;
            previousAddress?: string;
            impact: string;
            changes: Array<{ path: string; forcesReplacement?: boolean }>;
          }>;
        }>;
      };
      const dev = report.stacks.find((s) => s.stack === "dev")!;
      const devTrigger = dev.changes.find((c) => c.address.startsWith("yandex_serverless_triggers."))!;
      expect(devTrigger).toMatchObject({
        impact: "replace",
        address: expect.stringMatching(/ImageEvents/),
        previousAddress: expect.stringMatching(/RegistryEvents/),
      });
      const prod = report.stacks.find((s) => s.stack === "prod")!;
      const prodTrigger = prod.changes.find((c) => c.address.startsWith("yandex_serverless_triggers."))!;
      expect(prodTrigger.impact).toBe("replace");
      expect(prodTrigger.changes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: "folder_id", forcesReplacement: true }),
          expect.objectContaining({ path: "source.container_registry.batch_settings.max_count" }),
        ]),
      );
      expect(report.stacks.find((s) => s.stack === "shared")).toBeUndefined();

      const md = runDiff(dir);
      expect(md.status).toBe(3);
      expect(md.stdout).toMatch(/<summary><b>dev<\/b>: 3 replace<\/summary>/);
      expect(md.stdout).toMatch(/`folder_id`: _\(unset\)_ → `"b1gprodfolder"` \*\*\(forces replacement\)\*\*/);
      expect(md.stdout).toContain(
        "- moved (rename): construct id `RegistryEvents` → `ImageEvents`: 3 resources destroyed and created again; " +
          'keep them with `.movedFrom("RegistryEvents")` on the construct now at `ImageEvents`',
      );
      expect(md.stdout.split("\n")[2]).toMatch(
        /^\*\*Loses:\*\* .*a new trigger id.*\*\*Events may stop:\*\* .*up to 5 minutes.*\*\*Because:\*\* .*`folder_id`/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "the trigger moved into a parent construct, saying where it was: moves in both environments, nothing destroyed, exit 2",
    () => {
      const dir = cloneWithCommit(moveIntoTeam);
      const md = runDiff(dir);
      expect(md.stderr).toBe("");
      expect(md.status).toBe(2);
      expect(md.stdout).toMatch(/<summary><b>dev<\/b>: 3 move<\/summary>/);
      expect(md.stdout).toMatch(/<summary><b>prod<\/b>: 3 move<\/summary>/);
      expect(md.stdout).toContain("- moved (rename): construct `RegistryEvents` → `Team/Events`: 3 resources kept: moved, nothing is destroyed");
      expect(md.stdout).not.toMatch(/Terraform destroys|\*\*Loses:\*\*/);
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "a changed sleep_after of the broadcaster grant: the member is replaced, as the provider plans it (its computed id is RequiresReplace), exit 3",
    () => {
      const dir = cloneWithCommit((main) =>
        main.replace(
          '    new TerraformOutput(this, "websocket_url"',
          '    trigger.broadcasterGrant?.resource.addOverride("sleep_after", 60);\n    new TerraformOutput(this, "websocket_url"',
        ),
      );
      const result = runDiff(dir);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(3);
      expect(result.stdout).toMatch(/<summary><b>prod<\/b>: 1 replace<\/summary>/);
      expect(result.stdout).toMatch(
        /- \*\*replace\*\* `yandex_resourcemanager_folder_iam_member\.\w+`\n {2}- `sleep_after`: `30` → `60` \*\*\(forces replacement\)\*\*/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "only a changed batch size: update in place, exit 2",
    () => {
      const dir = cloneWithCommit((main) => main.replace("batchSize: 10,", "batchSize: 20,"));
      const result = runDiff(dir);
      expect(result.status).toBe(2);
      expect(result.stdout).toMatch(/<summary><b>prod<\/b>: 1 update<\/summary>/);
      expect(result.stdout).toMatch(
        /- \*\*update\*\* `yandex_serverless_triggers\.RegistryEvents_\w+`\n {2}- `source\.container_registry\.batch_settings\.max_count`: `10` → `20`/,
      );
    },
    TEST_TIMEOUT_MS,
  );

  test(
    "no change: exit 0, and the base worktree is cleaned up",
    () => {
      const dir = cloneWithCommit((main) => `${main}\n// a comment only\n`);
      const result = runDiff(dir);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/No changes to any stack/);
      expect(git(dir, "worktree", "list").trim().split("\n")).toHaveLength(1);
    },
    TEST_TIMEOUT_MS,
  );
});

describe("npm run diff (command line)", () => {
  const DIFF = path.join(ROOT, "build/bin/diff.js");
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "diff-args-"));
    git(dir, "init", "--quiet");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const diff = (...args: string[]) => spawnSync(process.execPath, [DIFF, ...args], { cwd: dir, encoding: "utf8" });

  test("says there is no such git ref for a bad --base, and exits 1", () => {
    const result = diff("--base", "no-such-ref");
    expect(result.stderr).toBe(`cr-websocket-diff: error: no such git ref: "no-such-ref" names no commit in ${dir}\n`);
    expect(result.status).toBe(1);
  });

  test("says in one line that a folder outside any git repository cannot be diffed, and exits 1", () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), "diff-no-git-"));
    try {
      // git stops looking for a repository at the ceiling, so a repository around $TMPDIR cannot count
      const env = { ...process.env, GIT_CEILING_DIRECTORIES: path.dirname(outside) };
      const result = spawnSync(process.execPath, [DIFF, "--base", "main"], { cwd: outside, encoding: "utf8", env });
      expect(result.stderr).toBe(
        `cr-websocket-diff: error: ${outside} is not in a git repository: the diff compares with a git ref, so run it in a clone of the project\n`,
      );
      expect([result.status, result.stdout]).toEqual([1, ""]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test("--help prints the usage, the flags and the exit codes", () => {
    const result = diff("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: cr-websocket-diff \[options\]$/m);
    expect(result.stdout).toMatch(/^ {2}--base REF +the git ref to compare with \(required\)/m);
    expect(result.stdout).toMatch(/^ {2}--json +print JSON/m);
    for (const code of [0, 1, 2, 3, 64]) expect(result.stdout).toMatch(new RegExp(`^ +${code} {2}\\S`, "m"));
  });

  test.each([
    [[], "--base REF is required"],
    [["--base"], "--base needs a value"],
    [["--base", "main", "--jsn"], "unknown flag --jsn"],
    [["--base", "main", "--json=yes"], "--json takes no value"],
  ])("fails on %p, naming the flag (usage error)", (args, message) => {
    const result = diff(...args);
    expect(result.stderr).toBe(`cr-websocket-diff: error: ${message}\ncr-websocket-diff: error: (run 'cr-websocket-diff --help' for usage)\n`);
    expect(result.status).toBe(64);
  });
});
