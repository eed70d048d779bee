"use strict";
// Jest's own test runner with two shortcuts for mutation runs (stryker.config.mjs sets it; jest.config.js
// does not). Neither changes whether a mutant is killed.
//
// 1. Only the files that hold a covering test. Stryker runs a mutant by calling jest with a test name
//    pattern that names the tests covering it. Jest still loads every test file, with all its imports
//    (cdktf, the provider bindings), only to skip the tests whose names do not match. This runner drops
//    the files that hold no test matching the pattern before jest loads them: jest would have run none
//    of their tests. Which file holds which test is learnt from the first run without a pattern
//    (Stryker's initial test run, which runs every test) and kept in a file in the sandbox's root, where
//    every runner process of the same Stryker run finds it. A file the first run did not see is kept.
//
// 2. Stop at the first failing file. While a mutant is active, the first failing test kills it, and
//    Stryker's own bail (on unless `disableBail`) cannot reach into a programmatic jest run. So the files
//    run one at a time and the rest are skipped once one fails. This matters most for static mutants
//    (tables and patterns evaluated when a module loads), which run every test of the area. To fail
//    sooner, the files run in the order most likely to fail cheaply: first the test file named after the
//    mutant's own source file (`rules/trigger-tag.ts` -> `trigger-tag.test.ts`), then the quickest files
//    of the initial run. The order changes how long a run takes, not which mutants it kills.
const fs = require("fs");
const path = require("path");
const JestRunner = require("jest-runner").default;

const NAMES_FILE = ".mutation-test-names.json";
// the function the instrumented sources call with each mutant's id
const MUTANT_CALL = /stryMutAct_9fa48\("(\d+)"\)/g;
// set by Stryker's jest runner while a mutant is active (the initial test run has none)
const ACTIVE_MUTANT = "__STRYKER_ACTIVE_MUTANT__";

class NamedTestsRunner extends JestRunner {
  async runTests(tests, watcher, options) {
    const pattern = this._globalConfig.testNamePattern;
    const namesFile = path.join(this._globalConfig.rootDir, NAMES_FILE);
    if (process.env[ACTIVE_MUTANT] === undefined)
      return pattern ? super.runTests(tests, watcher, options) : this.#recordNames(namesFile, tests, watcher, options);
    const files = readFiles(namesFile);
    const chosen = pattern && files !== undefined ? holdingMatch(tests, files, pattern) : tests;
    const source = mutantSources(this._globalConfig.rootDir).get(process.env[ACTIVE_MUTANT]);
    return this.#untilFirstFailure(likelyFailingFirst(chosen, files ?? {}, source), watcher, options);
  }

  async #untilFirstFailure(tests, watcher, options) {
    let failed = false;
    const stopSuccess = this.on("test-file-success", ([, result]) => {
      failed ||= result.numFailingTests > 0 || result.testExecError !== undefined;
    });
    const stopFailure = this.on("test-file-failure", () => {
      failed = true;
    });
    try {
      for (const test of tests) {
        if (failed) break;
        await super.runTests([test], watcher, options);
      }
    } finally {
      stopSuccess();
      stopFailure();
    }
  }

  async #recordNames(namesFile, tests, watcher, options) {
    if (fs.existsSync(namesFile)) return super.runTests(tests, watcher, options);
    const files = {};
    const stop = this.on("test-file-success", ([test, result]) => {
      files[test.path] = { names: result.testResults.map((r) => r.fullName), ms: result.perfStats.runtime };
    });
    try {
      return await super.runTests(tests, watcher, options);
    } finally {
      stop();
      // only a run that loaded every file may stand for all of them
      if (Object.keys(files).length === tests.length) fs.writeFileSync(namesFile, JSON.stringify(files));
    }
  }
}

let cachedFiles;
/** What the initial run learnt of each test file: its tests' full names and how long it took (ms). */
function readFiles(namesFile) {
  if (cachedFiles === undefined && fs.existsSync(namesFile)) cachedFiles = JSON.parse(fs.readFileSync(namesFile, "utf8"));
  return cachedFiles;
}

/** The tests whose file holds a test the pattern matches (as jest matches it), or that the initial run did not see. */
function holdingMatch(tests, files, pattern) {
  const regex = new RegExp(pattern, "i");
  return tests.filter((test) => files[test.path] === undefined || files[test.path].names.some((name) => regex.test(name)));
}

let cachedSources;
/** The source file of every mutant, by id, from the instrumented sources under `lib/` of the sandbox. */
function mutantSources(rootDir) {
  if (cachedSources !== undefined) return cachedSources;
  cachedSources = new Map();
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith(".ts")) for (const [, id] of fs.readFileSync(file, "utf8").matchAll(MUTANT_CALL)) cachedSources.set(id, file);
    }
  };
  if (fs.existsSync(path.join(rootDir, "lib"))) visit(path.join(rootDir, "lib"));
  return cachedSources;
}

/** `rules/trigger-tag.ts` and `trigger-tag.test.ts` (or `trigger-tag.properties.test.ts`) share the stem `trigger-tag`. */
const stem = (file) => path.basename(file).split(".")[0];

/** The test file named after the mutant's source first, then the quickest of the initial run; unknown files last. */
function likelyFailingFirst(tests, files, source) {
  const own = source === undefined ? undefined : stem(source);
  const cost = (test) => (own !== undefined && stem(test.path) === own ? -1 : (files[test.path]?.ms ?? Infinity));
  return [...tests].sort((a, b) => cost(a) - cost(b));
}

module.exports = NamedTestsRunner;
