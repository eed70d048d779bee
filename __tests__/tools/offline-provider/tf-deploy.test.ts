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
    expect(run.stdout).toMatch(/--project DIR[^]*--keep[^]*Exit codes:[^]*0 [^]*1 [^]*2 [^]*4 /);
  });

  test("fails when --project names a folder that is not a project, naming the folder", () => {
    const run = deploy(["--project", "__tests__"]);
    expect(run.stderr).toMatch(new RegExp(`^tf:deploy: --project __tests__: ${path.join(ROOT, "__tests__")} has no cdktf.json`, "m"));
    expect(run.status).toBe(1);
  });

  test("fails when given an unknown flag, naming it", () => {
    const run = deploy(["--keeep"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Unknown option '--keeep'/);
  });

  test("exits 4 without terraform on PATH", () => {
    const emptyBin = fs.mkdtempSync(path.join(os.tmpdir(), "no-terraform-"));
    try {
      const run = deploy([], ROOT, { ...process.env, PATH: emptyBin });
      expect(run.stderr).toMatch(/no terraform binary on PATH/);
      expect(run.status).toBe(4);
    } finally {
      fs.rmSync(emptyBin, { recursive: true, force: true });
    }
  });
});
