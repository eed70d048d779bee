import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../../helpers/run-app";

const JEST = require.resolve("jest/bin/jest");
const LIST_TIMEOUT_MS = 60_000;

/** The test files a jest config runs, relative to the repository, sorted. */
function listTests(config: string): string[] {
  const run = spawnSync(process.execPath, [JEST, "-c", config, "--listTests", "--json"], { cwd: ROOT, encoding: "utf8", timeout: LIST_TIMEOUT_MS });
  if (run.status !== 0) throw new Error(`jest -c ${config} --listTests failed:\n${run.stderr}`);
  return (JSON.parse(run.stdout) as string[]).map((f) => path.relative(ROOT, f)).sort();
}

/** Every `*.test.ts` file under __tests__, relative to the repository, sorted. */
function testFiles(): string[] {
  return (fs.readdirSync(path.join(ROOT, "__tests__"), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.join("__tests__", f))
    .sort();
}

/** What only the e2e tier may do: run terraform or the cdktf CLI, install or pack from the npm registry, install from PyPI. */
const E2E_ONLY: Array<[string, RegExp]> = [
  ["looks for terraform", /\bterraformVersion\(/],
  ["runs the cdktf CLI", /\bcdktfCliPath\(|cdktf-cli\/bundle/],
  ["installs or packs with npm", /\bnpm (install|ci|pack)\b|\["(install|ci|pack)"|packedTarball\(|new RecipeMachine\(/],
  ["installs from PyPI", /\bpip install\b|"pip", "install"/],
];

describe("test tiers", () => {
  test(
    "every test file is in exactly one tier: *.e2e.test.ts in npm run test:e2e, the others in npm test",
    () => {
      const unit = listTests("jest.config.js");
      const e2e = listTests("jest.e2e.config.js");
      const all = testFiles();
      expect([...unit, ...e2e].sort()).toEqual(all);
      expect(e2e).toEqual(all.filter((f) => f.endsWith(".e2e.test.ts")));
      expect(e2e.length).toBeGreaterThan(0);
      expect(unit).toContain(path.join("__tests__", "tools", "jest", "tiers.test.ts"));
    },
    2 * LIST_TIMEOUT_MS,
  );

  test("no unit test file looks for terraform, runs the cdktf CLI or installs from the registry", () => {
    const self = path.relative(ROOT, __filename);
    const offending = testFiles()
      .filter((f) => !f.endsWith(".e2e.test.ts") && f !== self)
      .flatMap((f) => {
        const text = fs.readFileSync(path.join(ROOT, f), "utf8");
        return E2E_ONLY.filter(([, pattern]) => pattern.test(text)).map(([what]) => `${f} ${what}`);
      });
    expect(offending).toEqual([]);
  });

  test("the unit tier reaches no terraform and no npm registry", () => {
    const terraform = spawnSync("terraform", ["version"], { encoding: "utf8" });
    expect(terraform.stderr).toMatch(/the unit tier \(npm test\) runs no terraform: make this a \*\.e2e\.test\.ts file/);
    expect(terraform.status).toBe(127);
    // cdktf's synth-time version check gets its answer from a stub that runs nothing else
    const stub = process.env.TERRAFORM_BINARY_NAME!;
    expect(spawnSync(stub, ["version"], { encoding: "utf8" }).stdout).toMatch(/^Terraform v1\.5\.0 /);
    expect(spawnSync(stub, ["init"], { encoding: "utf8" }).status).toBe(127);
    const registry = spawnSync("npm", ["config", "get", "registry"], { encoding: "utf8" });
    expect(registry.stdout.trim()).toBe("http://127.0.0.1:9/");
    expect(process.env.npm_config_offline).toBe("true");
  });

  test("npm run test:e2e runs the e2e config, and .ci/run runs both tiers", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts["test:e2e"]).toBe("jest -c jest.e2e.config.js");
    expect(scripts.test).toMatch(/&& jest$/);
    const ci = fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8").split("\n");
    expect(ci.filter((line) => /\bnpm (test|run test:e2e)$/.test(line)).map((line) => line.split(" npm ").pop())).toEqual(["test", "run test:e2e"]);
  });

  test("the e2e tier says what it is doing as it goes: a line as each file starts and as each test ends", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const e2e = require(path.join(ROOT, "jest.e2e.config.js")) as { reporters: string[] };
    expect(e2e.reporters).toContain("<rootDir>/tools/jest/progress-reporter.js");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Reporter = require(path.join(ROOT, "tools/jest/progress-reporter.js")) as new (config: { rootDir: string }) => {
      onTestFileStart(test: { path: string }): void;
      onTestCaseResult(test: { path: string }, result: { status: string; fullName: string; duration?: number }): void;
    };
    const written: string[] = [];
    const write = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      const reporter = new Reporter({ rootDir: ROOT });
      const test = { path: path.join(ROOT, "__tests__/package.e2e.test.ts") };
      reporter.onTestFileStart(test);
      reporter.onTestCaseResult(test, { status: "passed", fullName: "the package installs", duration: 1500 });
    } finally {
      write.mockRestore();
    }
    expect(written).toEqual([
      "[e2e] __tests__/package.e2e.test.ts: started\n",
      "[e2e] __tests__/package.e2e.test.ts: passed: the package installs (1.5 s)\n",
    ]);
  });
});
