import { spawnSync } from "child_process";
import * as path from "path";
import { hermeticEnv } from "../../helpers/hermetic";
import { ROOT } from "../../helpers/run-app";

const TF = path.join(ROOT, "build/tools/cli/tf.js");
const tf = (...args: string[]) => spawnSync(process.execPath, [TF, ...args], { cwd: ROOT, encoding: "utf8", env: hermeticEnv(), timeout: 20_000 });

describe("npm run tf:validate / tf:plan arguments", () => {
  test.each(["validate", "plan"])("tf:%s --help prints the usage and the exit codes, and runs nothing", (command) => {
    const run = tf(command, "--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: npm run tf:${command} -- \\[options\\]$`, "m"));
    for (const code of [0, 1, 64]) expect(run.stdout).toMatch(new RegExp(`^ +${code} {2}\\S`, "m"));
    expect(run.stderr).toBe("");
  });

  test("tf:plan takes --existing FILE, repeatable; tf:validate, which imports nothing, does not", () => {
    expect(tf("plan", "--help").stdout).toMatch(/^ {2}--existing FILE +an object that already exists .*\(repeatable\)$/m);
    const validate = tf("validate", "--existing", "trigger.json");
    expect(validate.status).toBe(64);
    expect(validate.stderr).toMatch(/^tf:validate: error: unknown flag --existing\n/);
  });

  test("fails on an unknown flag, naming it (usage error, exit 64)", () => {
    const run = tf("validate", "--bogus");
    expect(run.status).toBe(64);
    expect(run.stderr).toBe("tf:validate: error: unknown flag --bogus\ntf:validate: error: (run 'npm run tf:validate -- --help' for usage)\n");
  });

  test.each(["validate", "plan"])(
    "tf:%s --project names a folder that is not a project: usage error naming the flag and the folder, exit 64",
    (command) => {
      const help = tf(command, "--help");
      expect(help.stdout).toMatch(/^ +--project DIR +the cdktf or cdktn project to work on/m);
      const run = tf(command, "--project", "__tests__");
      expect(run.status).toBe(64);
      expect(run.stderr).toMatch(new RegExp(`^tf:${command}: error: --project __tests__: ${path.join(ROOT, "__tests__")} has no cdktf.json`, "m"));
    },
  );

  test("fails on an unknown command, saying which ones exist", () => {
    const run = tf("apply");
    expect(run.status).toBe(64);
    expect(run.stderr).toMatch(/^tf: error: unknown command "apply"; use validate or plan/);
  });
});
