// The unit tier's global setup (`npm test`, jest.config.js): build/ as jest-global-setup.js does,
// then an environment in which terraform and the npm registry cannot be reached, so that a unit
// test needing either fails, naming the e2e tier, instead of passing on a machine that has them.
// The workers start after this and inherit the environment; unit-global-teardown.js removes the shim.
const fs = require("fs");
const os = require("os");
const path = require("path");
const buildForTests = require("./jest-global-setup");

/** The variable naming the folder of the `terraform` shim, for the teardown. */
const SHIM_DIR_ENV = "UNIT_TIER_SHIM_DIR";

module.exports = () => {
  buildForTests();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "unit-tier-"));
  fs.writeFileSync(
    path.join(dir, "terraform"),
    '#!/bin/sh\necho "the unit tier (npm test) runs no terraform: make this a *.e2e.test.ts file (npm run test:e2e)" >&2\nexit 127\n',
    { mode: 0o755 },
  );
  // cdktf's synth-time validations (import blocks, terraform_data) ask "$TERRAFORM_BINARY_NAME version"
  // whether the deploying machine's terraform is new enough; in-process synth tests test the JSON, not
  // that machine, so a stub answers that one question with the oldest version they accept
  const versionStub = path.join(dir, "terraform-version-stub");
  fs.writeFileSync(
    versionStub,
    '#!/bin/sh\nif [ "$*" = version ]; then echo "Terraform v1.5.0 (unit-tier stub for cdktf\'s version check)"; exit 0; fi\n' +
      'echo "the unit tier (npm test) runs no terraform: make this a *.e2e.test.ts file (npm run test:e2e)" >&2\nexit 127\n',
    { mode: 0o755 },
  );
  process.env.TERRAFORM_BINARY_NAME = versionStub;
  process.env[SHIM_DIR_ENV] = dir;
  process.env.PATH = `${dir}${path.delimiter}${process.env.PATH ?? ""}`;
  // npm answers from its cache only, and a registry on a closed loopback port refuses at once
  process.env.npm_config_offline = "true";
  process.env.npm_config_registry = "http://127.0.0.1:9/";
  process.env.npm_config_update_notifier = "false";
};

module.exports.SHIM_DIR_ENV = SHIM_DIR_ENV;
