// Removes the `terraform` shim of the unit tier's global setup.
const fs = require("fs");
const { SHIM_DIR_ENV } = require("./unit-global-setup");

module.exports = () => {
  const dir = process.env[SHIM_DIR_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
