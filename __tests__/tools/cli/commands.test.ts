import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../../helpers/run-app";

/** The repository's tool commands, their --help usage lines, one flag each takes a value for, and their exit codes. */
const COMMANDS = [
  { file: "tf-diff", usage: "npm run tf:diff -- [options]", flag: "--base", codes: [0, 1, 2, 3, 64] },
  { file: "bench", usage: "npm run bench -- [options]", flag: "--runs", codes: [0, 1, 64] },
  { file: "schema-refresh", usage: "npm run schema:refresh -- [options]", flag: "--from", codes: [0, 1, 64] },
  { file: "mutation", usage: "npm run test:mutation -- [options]", flag: "--area", codes: [0, 1, 6, 64] },
];

describe("tool commands (tools/cli)", () => {
  let cwd: string;
  beforeEach(() => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), "tools-cli-"));
  });
  afterEach(() => fs.rmSync(cwd, { recursive: true, force: true }));
  const run = (file: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, "build/tools/cli", `${file}.js`), ...args], { cwd, encoding: "utf8" });

  test.each(COMMANDS)("$file --help prints the usage, the flags and the exit codes", ({ file, usage, flag, codes }) => {
    const result = run(file, "--help");
    expect(result.status).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`Usage: ${usage}`);
    expect(result.stdout).toMatch(new RegExp(`^ {2}${flag} [A-Z]+ +\\S`, "m"));
    for (const code of codes) expect(result.stdout).toMatch(new RegExp(`^ +${code} {2}\\S`, "m"));
  });

  test.each(COMMANDS)("$file fails on an unknown flag and on a flag without its value, naming the flag", ({ file, usage, flag }) => {
    const unknown = run(file, "--nope");
    expect(unknown.status).toBe(64);
    expect(unknown.stderr).toMatch(
      new RegExp(
        `^(\\S+): error: unknown flag --nope\\n\\1: error: \\(run '${usage.replace(" [options]", "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} --help' for usage\\)\\n$`,
      ),
    );
    const missing = run(file, flag);
    expect(missing.status).toBe(64);
    expect(missing.stderr).toMatch(new RegExp(`^\\S+: error: ${flag} needs a value\\n`));
  });

  test("bench refuses a --runs that is not a whole number of at least 1", () => {
    for (const runs of ["x", "0", "1.5"]) {
      const result = run("bench", "--runs", runs);
      expect(result.status).toBe(64);
      expect(result.stderr).toMatch(new RegExp(`^bench: error: --runs got "${runs.replace(".", "\\.")}"; must be a whole number of at least 1\\n`));
    }
  });

  test("mutation refuses an --area that is not one, naming the areas, before it runs Stryker", () => {
    const result = run("mutation", "--area", "validate", "--area", "lib");
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^test:mutation: error: --area got "lib"; must be one of constructs, validate, watch, local, review, support\n/);
  });

  test("offline-provider takes no flags: --help says Terraform starts it, and anything else is a usage error", () => {
    const help = run("offline-provider", "--help");
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: offline-provider\n/);
    expect(help.stdout).toMatch(/Terraform starts it with\nno arguments/);
    const bad = run("offline-provider", "--port", "1");
    expect(bad.status).toBe(64);
    expect(bad.stderr).toMatch(/^offline-provider: error: unknown flag --port\n/);
  });
});
