// Removes what the e2e tier's global setup packed.
import * as fs from "fs";
import { PACKED_TARBALL_ENV } from "../../__tests__/helpers/packed-tarball";

export default function e2eGlobalTeardown(): void {
  const dir = process.env[PACKED_TARBALL_ENV];
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
