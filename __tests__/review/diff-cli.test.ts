import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../helpers/run-app";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

/** A clone of the committed project with this checkout's node_modules, its main.ts changed and committed by `edit`. */
function cloneWithCommit(edit: (main: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diff-e2e-"));
  git(os.tmpdir(), "clone", "--quiet", "--no-local", ROOT, dir);
  // the clone holds HEAD; the working tree under test may be ahead of it, so copy it in first
  for (const f of ["main.ts", "cdktf.json", "package-lock.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  for (const d of ["lib", "bin", "tools", ".gen", "provider-schemas"]) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  git(dir, "add", "-A");
  git(dir, "commit", "--quiet", "--allow-empty", "-m", "base");
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const main = path.join(dir, "main.ts");
  fs.writeFileSync(main, edit(fs.readFileSync(main, "utf8")));
  git(dir, "commit", "--quiet", "-am", "change");
  execFileSync(process.execPath, ["tools/build.mjs"], { cwd: dir });
  return dir;
}

function runDiff(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, ["build/bin/diff.js", "--base", "HEAD~1", ...args], { cwd: dir, encoding: "utf8" });
}

describe("npm run diff (end to end in a temporary clone)", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  test("a renamed construct id, a changed folder id and a changed batch size: replace / replace / update, exit 3", () => {
    const dir = cloneWithCommit((main) =>
      main
        .replace('new CrWebsocketTrigger(this, "RegistryEvents"', 'new CrWebsocketTrigger(this, "ImageEvents"')
        .replace("folderId: process.env.CR_WS_PROD_FOLDER_ID,", 'folderId: "b1gprodfolder",')
        .replace("batchSize: 10,", "batchSize: 20,"),
    );
    dirs.push(dir);
    const json = runDiff(dir, "--json");
    expect(json.stderr).toBe("");
    expect(json.status).toBe(3);
    const report = JSON.parse(json.stdout) as {
      stacks: Array<{
        stack: string;
        changes: Array<{ address: string; previousAddress?: string; impact: string; changes: Array<{ path: string; forcesReplacement?: boolean }> }>;
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
  }, 60_000);

  test("only a changed batch size: update in place, exit 2", () => {
    const dir = cloneWithCommit((main) => main.replace("batchSize: 10,", "batchSize: 20,"));
    dirs.push(dir);
    const result = runDiff(dir);
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/<summary><b>prod<\/b>: 1 update<\/summary>/);
    expect(result.stdout).toMatch(
      /- \*\*update\*\* `yandex_serverless_triggers\.RegistryEvents_\w+`\n {2}- `source\.container_registry\.batch_settings\.max_count`: `10` → `20`/,
    );
  }, 60_000);

  test("no change: exit 0, and the base worktree is cleaned up", () => {
    const dir = cloneWithCommit((main) => `${main}\n// a comment only\n`);
    dirs.push(dir);
    const result = runDiff(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No changes to any stack/);
    expect(git(dir, "worktree", "list").trim().split("\n")).toHaveLength(1);
  }, 60_000);
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
    expect(result.stderr).toBe(`diff: no such git ref: "no-such-ref" names no commit in ${dir}\n`);
    expect(result.status).toBe(1);
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
    expect(result.stderr).toBe(`diff: ${message}\nRun 'cr-websocket-diff --help' for usage.\n`);
    expect(result.status).toBe(64);
  });
});
