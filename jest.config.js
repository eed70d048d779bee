// The unit tier, `npm test`: in-process tests and the built CLIs run as children, with no npm
// registry, no terraform and no cdktf or cdktn CLI (its global setup makes terraform and the
// registry unreachable). The e2e tier (`npm run test:e2e`, jest.e2e.config.js) runs the rest:
// every `*.e2e.test.ts`.
const { baseConfig, E2E_TEST } = require("./tools/jest/tiers");

/** @type {import('jest').Config} */
module.exports = {
  ...baseConfig,
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: [...baseConfig.testPathIgnorePatterns, E2E_TEST],
  globalSetup: "<rootDir>/tools/jest/unit-global-setup.js",
  globalTeardown: "<rootDir>/tools/jest/unit-global-teardown.js",
};
