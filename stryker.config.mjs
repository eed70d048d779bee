// Mutation testing: `npm run test:mutation` (tools/cli/mutation.ts) runs Stryker once per area of lib/,
// with MUTATION_AREA naming the area. docs/MUTATION.md says how to read and raise the scores.
//
// Each area mutates its own files and runs only the in-process tests that exercise them: tests that
// run the built CLIs in a child process cannot see a mutant (the child runs the unmutated build/), and
// running them would only cost time.
import areas from "./tools/mutation/areas.cjs";

const { AREAS } = areas;

// no default: a bare `npx stryker run` would otherwise score one area and look like all of lib/
const areaName = process.env.MUTATION_AREA;
const area = areaName === undefined ? undefined : AREAS[areaName];
if (area === undefined) {
  throw new Error(
    `MUTATION_AREA=${JSON.stringify(areaName ?? "")}: not an area; set one of ${Object.keys(AREAS).join(", ")}, or run npm run test:mutation`,
  );
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: {
    configFile: "jest.config.js",
    // which tests cover which mutant comes from the perTest coverage of the initial run
    enableFindRelatedTests: false,
    config: {
      testMatch: area.tests,
      // only the child-process tests need build/; none runs here
      globalSetup: null,
      // loads only the test files that hold the tests covering the mutant (see the file)
      runner: "<rootDir>/tools/mutation/named-tests-runner.js",
    },
  },
  checkers: ["typescript"],
  // lib/ and what it imports: a mutant that does not compile there is discarded, not run
  tsconfigFile: "tsconfig.mutation.json",
  coverageAnalysis: "perTest",
  mutate: area.mutate,
  // build/ (the unmutated build, made by `npm run test:mutation` first) is copied into the sandbox: the addresses
  // test runs the example app from it. That test cannot kill a mutant, but the initial test run must pass.
  ignorePatterns: ["dist", "cdktf.out", "coverage", "reports", ".stryker-tmp"],
  concurrency: 2,
  // added to 1.5 × the covering tests' own time before a mutant counts as timed out (a hang: detected)
  timeoutMS: 10000,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: `reports/mutation/${areaName}.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${areaName}.incremental.json`,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
};
