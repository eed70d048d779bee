/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  // swc strips types without checking them; `npm test` runs `tsc --noEmit` first.
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }] },
  setupFilesAfterEnv: ["<rootDir>/setup.js"],
  globalSetup: "<rootDir>/tools/jest/jest-global-setup.js",
  reporters: ["default", "<rootDir>/tools/jest/jest-summary-reporter.js"],
  // most suites wait on child processes (terraform, npm, node), so two workers help even on two cores
  maxWorkers: 2,
  // jest's transform cache lives with the install, not in $TMPDIR, so a test run leaves nothing there
  cacheDirectory: "<rootDir>/node_modules/.cache/jest",
  testPathIgnorePatterns: ["/node_modules/", "/cdktf.out/", "/build/", "/dist/"],
  modulePathIgnorePatterns: ["<rootDir>/build/", "<rootDir>/dist/"],
};
