import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ExitCode } from "../../../lib/private/cli";
import { hermeticEnv } from "../../helpers/hermetic";
import { ROOT } from "../../helpers/run-app";

/** Longest one CLI run may take before it is killed. */
const CLI_TIMEOUT_MS = 30_000;

/** Arguments a script needs to get as far as looking for terraform. */
const ARGS: Record<string, string[]> = { "tf:diff": ["--base", "HEAD"] };

/** The `tf:*` scripts of package.json as `[name, built CLI, its arguments]`, from the command after the build step. */
const scripts = Object.entries((JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts)
  .filter(([name]) => name.startsWith("tf:"))
  .map(([name, command]): [string, string, string[]] => {
    const [node, script, ...args] = command.split("&&").pop()!.trim().split(/\s+/);
    if (node !== "node") throw new Error(`${name} does not end by running node: ${command}`);
    return [name, script, [...args, ...(ARGS[name] ?? [])]];
  });

/** PATH without any directory that holds a terraform binary (terraform is found through PATH only). */
const pathWithoutTerraform = (process.env.PATH ?? "")
  .split(path.delimiter)
  .filter((dir) => dir !== "" && !fs.existsSync(path.join(dir, "terraform")))
  .join(path.delimiter);

describe("tf:* commands without terraform", () => {
  test("there are tf:* scripts to check", () => {
    expect(scripts.map(([name]) => name)).toEqual(expect.arrayContaining(["tf:validate", "tf:plan", "tf:diff"]));
  });

  test.each(scripts)(
    "npm run %s says terraform is missing and exits 1 (could not run)",
    (name, script, args) => {
      const run = spawnSync(process.execPath, [script, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        env: hermeticEnv({ PATH: pathWithoutTerraform }),
        timeout: CLI_TIMEOUT_MS,
      });
      expect(run.stderr).toMatch(new RegExp(`^${name}: error: no terraform binary on PATH`, "m"));
      expect(run.status).toBe(ExitCode.COULD_NOT_RUN);
      expect(run.stdout).toBe("");
    },
    CLI_TIMEOUT_MS + 5_000,
  );
});
