import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { hermeticEnv, withTempDir } from "../../helpers/hermetic";

const RUNNER = path.resolve(__dirname, "../../../tools/mutation/named-tests-runner.js");
const JEST = require.resolve("jest/bin/jest");
const RUN_TIMEOUT_MS = 60_000;

/** Test files that log their own loading; what a run loads and which tests pass show what it ran. */
const FILES: Record<string, string> = {
  "a.test.js": `test("alpha one", () => {}); test("alpha two", () => {});`,
  "b.test.js": `describe("beta", () => { test("one", () => {}); });`,
  "c.test.js": `test("Gamma (1)", () => {});`,
};

interface Run {
  /** The test files loaded, sorted. */
  readonly loaded: string[];
  /** Full names of the tests that passed, sorted. */
  readonly passed: string[];
  readonly failed: number;
}

/** Runs jest in `dir`, with the runner or without, as Stryker runs a mutant when `mutant` is given. */
function runJest(dir: string, runner: boolean, pattern?: string, mutant?: string): Run {
  const config = {
    rootDir: dir,
    testEnvironment: "node",
    testMatch: ["**/*.test.js"],
    cacheDirectory: path.join(dir, ".cache"),
    ...(runner ? { runner: RUNNER } : {}),
  };
  fs.writeFileSync(path.join(dir, "loaded.log"), "");
  const child = spawnSync(
    process.execPath,
    [JEST, "--config", JSON.stringify(config), "--runInBand", "--ci", "--json", ...(pattern === undefined ? [] : ["--testNamePattern", pattern])],
    {
      cwd: dir,
      encoding: "utf8",
      env: hermeticEnv(mutant === undefined ? {} : { __STRYKER_ACTIVE_MUTANT__: mutant }),
      timeout: RUN_TIMEOUT_MS,
    },
  );
  // jest exits 1 when a test fails; its JSON result is on stdout either way
  if (child.status !== 0 && child.status !== 1) throw new Error(`jest exited ${child.status}: ${child.stderr}`);
  const result = JSON.parse(child.stdout) as { numFailedTests: number; testResults: { assertionResults: { fullName: string; status: string }[] }[] };
  return {
    loaded: fs.readFileSync(path.join(dir, "loaded.log"), "utf8").split("\n").filter(Boolean).sort(),
    passed: result.testResults
      .flatMap((r) => r.assertionResults)
      .filter((a) => a.status === "passed")
      .map((a) => a.fullName)
      .sort(),
    failed: result.numFailedTests,
  };
}

function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, body] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, name), `require("fs").appendFileSync(__dirname + "/loaded.log", ${JSON.stringify(name)} + "\\n");\n${body}\n`);
  }
}

describe("the mutation runs' jest runner", () => {
  test(
    "after a run of every test, loads only the files holding a test a mutant run's name pattern matches, and runs what jest runs",
    () =>
      withTempDir("named-tests-", (dir) => {
        writeFiles(dir, FILES);
        expect(runJest(dir, true).loaded).toEqual(["a.test.js", "b.test.js", "c.test.js"]);
        expect(fs.existsSync(path.join(dir, ".mutation-test-names.json"))).toBe(true);

        // Stryker's pattern: the covering tests' full names, escaped, as alternatives; jest matches ignoring case
        const pattern = "(beta one)|(gamma \\(1\\))";
        const plain = runJest(dir, false, pattern, "7");
        const named = runJest(dir, true, pattern, "7");
        expect(plain.loaded).toEqual(["a.test.js", "b.test.js", "c.test.js"]);
        expect(named).toEqual({ loaded: ["b.test.js", "c.test.js"], passed: ["Gamma (1)", "beta one"], failed: 0 });
        expect(named.passed).toEqual(plain.passed);

        // a file the first run did not see is kept
        writeFiles(dir, { "d.test.js": `test("delta", () => {});` });
        expect(runJest(dir, true, "(alpha two)", "7").loaded).toEqual(["a.test.js", "d.test.js"]);
        // without an active mutant a pattern drops no file
        expect(runJest(dir, true, "(alpha two)").loaded).toEqual(["a.test.js", "b.test.js", "c.test.js", "d.test.js"]);
      }),
    5 * RUN_TIMEOUT_MS,
  );

  test(
    "with a mutant active, stops at the first file with a failing test; without one, runs every file",
    () =>
      withTempDir("named-tests-", (dir) => {
        // jest runs larger files first when it knows nothing of earlier runs: the failing file is the largest
        writeFiles(dir, { "fails.test.js": `test("fails", () => { expect(1).toBe(2); }); // ${"x".repeat(2000)}`, ...FILES });
        // first, before any run has recorded how long each file takes
        expect(runJest(dir, true, undefined, "7")).toEqual({ loaded: ["fails.test.js"], passed: [], failed: 1 });
        expect(runJest(dir, true)).toMatchObject({ loaded: ["a.test.js", "b.test.js", "c.test.js", "fails.test.js"], failed: 1 });
      }),
    3 * RUN_TIMEOUT_MS,
  );

  test(
    "with a mutant active, runs the test file named after the mutant's source first, then the quickest",
    () =>
      withTempDir("named-tests-", (dir) => {
        writeFiles(dir, {
          "slow.test.js": `test("slow", () => { const end = Date.now() + 500; while (Date.now() < end); expect(1).toBe(2); });`,
          "quick.test.js": `test("quick", () => { expect(1).toBe(2); });`,
        });
        // an instrumented source as Stryker writes it: mutant 7 is in lib/slow.ts
        fs.mkdirSync(path.join(dir, "lib"));
        fs.writeFileSync(path.join(dir, "lib/slow.ts"), `export const x = stryMutAct_9fa48("7") ? "" : "x";\n`);
        expect(runJest(dir, true).loaded).toEqual(["quick.test.js", "slow.test.js"]);
        expect(runJest(dir, true, undefined, "8").loaded).toEqual(["quick.test.js"]);
        expect(runJest(dir, true, undefined, "7").loaded).toEqual(["slow.test.js"]);
      }),
    4 * RUN_TIMEOUT_MS,
  );
});
