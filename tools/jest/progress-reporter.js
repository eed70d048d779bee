// The e2e tier's progress: a line on stderr when a test file starts and when each of its tests ends,
// so a tier that runs for minutes says what it is doing as it goes instead of only when a file ends.
// Long tests add their own steps through __tests__/helpers/progress.ts.
const path = require("path");

class ProgressReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
  }

  onTestFileStart(test) {
    process.stderr.write(`[e2e] ${path.relative(this.root, test.path)}: started\n`);
  }

  onTestCaseResult(test, result) {
    const seconds = ((result.duration ?? 0) / 1000).toFixed(1);
    process.stderr.write(`[e2e] ${path.relative(this.root, test.path)}: ${result.status}: ${result.fullName} (${seconds} s)\n`);
  }
}

module.exports = ProgressReporter;
