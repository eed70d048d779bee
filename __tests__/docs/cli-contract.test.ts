import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { EXIT_CODE_MEANINGS, ExitCode } from "../../lib/private/cli";
import { exitCodeRows } from "../helpers/exit-codes";
import { hermeticEnv } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";

interface PackageJson {
  readonly bin: Record<string, string>;
  readonly scripts: Record<string, string>;
}

/** One way to start a command: the built script and the arguments that select it. */
interface Invocation {
  readonly script: string;
  readonly args: readonly string[];
}

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as PackageJson;

/** The built file and arguments of an npm script that ends by running a built command, or undefined. */
function scriptInvocation(command: string): Invocation | undefined {
  const [node, script, ...args] = command.split("&&").pop()!.trim().split(/\s+/);
  return node === "node" && script.startsWith("build/") ? { script, args } : undefined;
}

/** Every command of the project: the package's bins, the npm scripts that run a built command, and the offline provider Terraform starts. */
const INVOCATIONS: Invocation[] = [
  ...Object.values(pkg.bin).map((file) => ({ script: file.replace(/^dist\//, "build/"), args: [] })),
  ...Object.values(pkg.scripts).flatMap((command) => scriptInvocation(command) ?? []),
  { script: "build/tools/cli/offline-provider.js", args: [] },
].filter((inv, i, all) => all.findIndex((o) => o.script === inv.script && o.args.join(" ") === inv.args.join(" ")) === i);

/** A child environment with no npm script variables, unless given. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = hermeticEnv(extra);
  for (const key of Object.keys(base)) if (key.startsWith("npm_") && !(key in extra)) delete base[key];
  return base;
}

function run(script: string, args: readonly string[], extra: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: "utf8", env: env(extra), timeout: 30_000 });
}

/** What one run printed and how it ended. */
interface Ran {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `run`, without blocking: the contract's many short runs go four at a time. */
function runAsync(script: string, args: readonly string[]): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: env(), timeout: 30_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs every job, at most `width` at a time, keeping their order. */
async function pooled<T>(jobs: ReadonlyArray<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = new Array<T>(jobs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}

/** Each invocation's answer to an unknown flag and to --help, run once for the whole file. */
const answers = new Map<Invocation, { unknown: Ran; help: Ran }>();
beforeAll(async () => {
  const ran = await pooled(
    INVOCATIONS.flatMap((i) => [() => runAsync(i.script, [...i.args, "--no-such-flag"]), () => runAsync(i.script, [...i.args, "--help"])]),
    4,
  );
  INVOCATIONS.forEach((i, n) => answers.set(i, { unknown: ran[2 * n], help: ran[2 * n + 1] }));
}, 120_000);

/** The exit code table of docs/CLI.md: code, its meaning and the commands it applies to ("every command" or a list). */
function docsTable(): { code: number; meaning: string; commands: string[] | "every" }[] {
  return exitCodeRows("docs/CLI.md").map(({ code, meaning, rest }) => ({
    code,
    meaning,
    commands: rest[1] === "every command" ? "every" : [...rest[1].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
  }));
}

/** The exit codes a `--help` lists, by code, with the meaning each line starts with. */
function helpCodes(help: string): Map<number, string> {
  const section = help.slice(help.indexOf("\nExit codes:\n"));
  return new Map([...section.matchAll(/^ +(\d+) {2}([^:]+): \S/gm)].map(([, code, meaning]) => [Number(code), meaning]));
}

describe("the CLI contract (docs/CLI.md)", () => {
  test("covers every command entry point in bin/ and tools/cli/", () => {
    const entryPoints = ["bin", "tools/cli"].flatMap((dir) =>
      fs
        .readdirSync(path.join(ROOT, dir))
        .filter((f) => f.endsWith(".ts"))
        .map((f) => `build/${dir}/${f.replace(/\.ts$/, ".js")}`),
    );
    expect([...new Set(INVOCATIONS.map((i) => i.script))].sort()).toEqual(entryPoints.sort());
  });

  test("the docs table has one row per exit code, each with the meaning the commands print", () => {
    const table = docsTable();
    expect(table.map((r) => r.code)).toEqual(
      Object.values(ExitCode)
        .filter((c): c is ExitCode => typeof c === "number")
        .sort((a, b) => a - b),
    );
    for (const row of table) expect(row.meaning).toBe(EXIT_CODE_MEANINGS[row.code as ExitCode]);
    for (const code of [ExitCode.OK, ExitCode.COULD_NOT_RUN, ExitCode.USAGE]) expect(table.find((r) => r.code === code)!.commands).toBe("every");
  });

  describe.each(INVOCATIONS.map((i) => [[i.script, ...i.args].join(" "), i] as const))("%s", (_label, invocation) => {
    let unknown: Ran;
    let help: Ran;
    beforeAll(() => {
      ({ unknown, help } = answers.get(invocation)!);
    });
    /** The command's name, from the start of its error lines. */
    const nameOf = () => /^(\S+): error: /.exec(unknown.stderr)?.[1];

    test("refuses an unknown flag with exit 64, naming it in a '<command>: error:' line and pointing to --help", () => {
      expect(unknown.status).toBe(ExitCode.USAGE);
      const name = nameOf()!;
      expect(unknown.stderr).toBe(`${name}: error: unknown flag --no-such-flag\n${name}: error: (run '${unknown.stderr.split("'")[1]}' for usage)\n`);
      expect(unknown.stderr.split("'")[1]).toMatch(/ --help$/);
      expect(unknown.stdout).toBe("");
    });

    test("answers --help with exit 0 and exit codes that agree with the docs table", () => {
      expect([help.status, help.stderr]).toEqual([0, ""]);
      const codes = helpCodes(help.stdout);
      const table = docsTable();
      const name = nameOf();
      const documented = table.filter((r) => r.commands === "every" || (name !== undefined && r.commands.includes(name))).map((r) => r.code);
      expect([...codes.keys()]).toEqual(documented);
      for (const [code, meaning] of codes) expect(meaning).toBe(table.find((r) => r.code === code)!.meaning);
    });
  });

  describe("--help names the command as it was invoked", () => {
    test("through the package's bin link: the bin name", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cli-bin-"));
      try {
        for (const [bin, file] of Object.entries(pkg.bin)) {
          const link = path.join(dir, bin);
          fs.symlinkSync(path.join(ROOT, file.replace(/^dist\//, "build/")), link);
          const help = run(link, ["--help"]);
          expect(help.stdout.split("\n")[0]).toMatch(new RegExp(`^Usage: ${bin}( |$)`));
          expect(run(link, ["--nope"]).stderr).toContain(`(run '${bin} --help' for usage)`);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    describe("under the real npm", () => {
      // A copy of the project's package.json beside links to its sources: `npm run` builds into the copy's own
      // build/, so the build/ that other tests run is never rewritten under them.
      let project: string;
      beforeAll(() => {
        project = fs.mkdtempSync(path.join(os.tmpdir(), "cli-npm-"));
        fs.copyFileSync(path.join(ROOT, "package.json"), path.join(project, "package.json"));
        for (const entry of ["node_modules", "main.ts", "lib", "bin", "tools", ".gen"])
          fs.symlinkSync(path.join(ROOT, entry), path.join(project, entry));
        fs.mkdirSync(path.join(project, "home"));
      });
      afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
      const npm = (args: string[]) =>
        spawnSync("npm", args, {
          cwd: project,
          encoding: "utf8",
          timeout: 60_000,
          env: env({ HOME: path.join(project, "home"), npm_config_cache: path.join(project, "home", ".npm"), npm_config_update_notifier: "false" }),
        });

      test("`npm run --silent graph -- --help` names `npm run graph --` (npm 10 sets npm_command=run-script, npm 11 run)", () => {
        const run = npm(["run", "--silent", "graph", "--", "--help"]);
        expect([run.status, run.stderr]).toEqual([0, ""]);
        expect(run.stdout.split("\n")[0]).toBe("Usage: npm run graph -- [options]");
        expect(npm(["run", "--silent", "graph", "--", "--nope"]).stderr).toContain("(run 'npm run graph -- --help' for usage)");
      });

      test("`npm run --silent adopt` prints code that parses as TypeScript; without --silent, npm's banner comes first", () => {
        const trigger = path.join(ROOT, "__tests__/fixtures/adopt/trigger.json");
        const silent = npm(["run", "--silent", "adopt", "--", "--trigger", trigger]);
        expect(silent.status).toBe(0);
        expect(ts.transpileModule(silent.stdout, { reportDiagnostics: true, fileName: "main.ts" }).diagnostics).toEqual([]);
        expect(npm(["run", "adopt", "--", "--trigger", trigger]).stdout).toMatch(/^\n?> cr-websocket-trigger@\S+ adopt\n/);
      });
    });

    test.each(["graph", "check", "tf:deploy", "tf:validate"])("from `npm run %s`: the npm script", (scriptName) => {
      const { script, args } = scriptInvocation(pkg.scripts[scriptName])!;
      const npm = { npm_command: "run-script", npm_lifecycle_event: scriptName, npm_lifecycle_script: pkg.scripts[scriptName] };
      expect(run(script, [...args, "--help"], npm).stdout.split("\n")[0]).toMatch(new RegExp(`^Usage: npm run ${scriptName} --( |$)`));
      expect(run(script, [...args, "--nope"], npm).stderr).toContain(`(run 'npm run ${scriptName} -- --help' for usage)`);
    });
  });
});
