// What both test tiers share (jest.config.js: unit, `npm test`; jest.e2e.config.js: e2e,
// `npm run test:e2e`), and the file-name pattern that puts a test in the e2e tier.

/** A test file in the e2e tier: it needs the npm registry, terraform, or the cdktf or cdktn CLI. */
const E2E_TEST = "\\.e2e\\.test\\.ts$";

/** @type {import('jest').Config} */
const baseConfig = {
  rootDir: require("path").join(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  // swc strips types without checking them; `npm test` runs `tsc --noEmit` first.
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }] },
  setupFilesAfterEnv: ["<rootDir>/setup.js"],
  reporters: ["default", "<rootDir>/tools/jest/jest-summary-reporter.js"],
  // most suites wait on child processes (terraform, npm, node), so two workers help even on two cores
  maxWorkers: 2,
  // jest's transform cache lives with the install, not in $TMPDIR, so a test run leaves nothing there
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
  testPathIgnorePatterns: ["/node_modules/", "/cdktf.out/", "/build/", "/dist/"],
  modulePathIgnorePatterns: ["<rootDir>/build/", "<rootDir>/dist/"],
};

module.exports = { baseConfig, E2E_TEST };
