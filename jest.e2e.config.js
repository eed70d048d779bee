// The e2e tier, `npm run test:e2e`: the `*.e2e.test.ts` files, which install from the npm
// registry, run terraform or run the cdktf and cdktn CLIs. Its global setup packs the package once
// for every test that installs it (tools/jest/e2e-global-setup.ts).
const { baseConfig } = require("./tools/jest/tiers");

/** @type {import('jest').Config} */
module.exports = {
  ...baseConfig,
  testMatch: ["**/*.e2e.test.ts"],
  globalSetup: "<rootDir>/tools/jest/e2e-global-setup.ts",
  globalTeardown: "<rootDir>/tools/jest/e2e-global-teardown.ts",
  // a line as each file starts and each test ends, so a run of many minutes shows what it is doing
  reporters: [...baseConfig.reporters, "<rootDir>/tools/jest/progress-reporter.js"],
};
