// The e2e tier's global setup: build/ as for the unit tier, then one `npm pack` for every test
// that installs the package (package, own-stack, CDK Terrain, package hygiene).
import { cleanTempDir } from "../../__tests__/helpers/clean-temp";
import { PACKED_TARBALL_ENV, packTarball } from "../../__tests__/helpers/packed-tarball";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildForTests = require("./jest-global-setup.js") as () => void;

export default async function e2eGlobalSetup(): Promise<void> {
  buildForTests();
  const dir = cleanTempDir("e2e-pack-");
  // the workers start after this and inherit it; the teardown removes the folder
  process.env[PACKED_TARBALL_ENV] = dir;
  process.stderr.write("[e2e] global setup: packing the package once for the tests that install it (npm pack)\n");
  await packTarball(dir);
  process.stderr.write("[e2e] global setup: packed; the test files start now\n");
}
