import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../../helpers/run-app";

const CLI = path.join(ROOT, "build/tools/cli/tf-deploy.js");
const deploy = (args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });

describe("npm run tf:deploy (arguments)", () => {
  test("--help documents the options and the exit codes", () => {
    const run = deploy(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /--project DIR[^]*--keep[^]*Exit codes:\n {3}0 {2}success: [^]*\n {3}1 {2}could not run: [^]*\n {3}2 {2}changes: [^]*\n {2}64 {2}usage error: /,
    );
  });

  test("fails when --project names a folder that is not a project, naming the folder (usage error, exit 64)", () => {
    const run = deploy(["--project", "__tests__"]);
    expect(run.stderr).toMatch(new RegExp(`^tf:deploy: error: --project __tests__: ${path.join(ROOT, "__tests__")} has no cdktf.json`, "m"));
    expect(run.status).toBe(64);
  });

  test("fails when given an unknown flag, naming it (usage error, exit 64)", () => {
    const run = deploy(["--keeep"]);
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/^tf:deploy: error: unknown flag --keeep\n/);
  });

  test("exits 1 (could not run) without terraform on PATH", () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), "no-terraform-"));
    try {
      const run = deploy([], ROOT, { ...process.env, PATH: emptyBin });
      expect(run.stderr).toMatch(/^tf:deploy: error: no terraform binary on PATH/);
      expect(run.status).toBe(1);
    } finally {
      fs.rmSync(emptyBin, { recursive: true, force: true });
    }
  });
});
