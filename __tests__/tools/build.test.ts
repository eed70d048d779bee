import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { removeTempDirs, tempDir } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";

describe("tools/build.mjs", () => {
  afterEach(removeTempDirs);

  test("fails on a main.ts that does not parse with esbuild's own error lines and no stack trace, exit 1", () => {
    // the project's sources, with a main.ts of its own, built into the folder's own build/
    const dir = tempDir("build-");
    for (const entry of ["node_modules", "lib", "bin", "tools", ".gen"]) fs.symlinkSync(path.join(ROOT, entry), path.join(dir, entry));
    fs.writeFileSync(path.join(dir, "main.ts"), "const batchSize: number = ;\n");
    const run = spawnSync(process.execPath, ["tools/build.mjs"], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/ERROR\] Unexpected ";"[\s\S]*main\.ts:1:26/);
    expect(run.stderr).toMatch(/^build: 1 error in the TypeScript sources \(above\); nothing was run$/m);
    expect(run.stderr).not.toMatch(/^\s+at |Node\.js v/m);
  });
});
