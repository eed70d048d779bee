import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { removeTempDirs, tempDir } from "../../helpers/hermetic";
import { ROOT } from "../../helpers/run-app";

const CLI = path.join(ROOT, "build/tools/cli/api-report.js");

/** A copy of what the API report reads (the shipped sources, the reports, the configs), with this install's node_modules. */
function copyOfRepository(): string {
  const dir = tempDir("api-report-");
  for (const d of ["lib", "bin", ".gen", "api"]) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ["package.json", "tsconfig.json", "tsconfig.build.json", "tsconfig.api.json"])
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

describe("npm run api:check", () => {
  afterAll(removeTempDirs);

  test("fails on an export the committed report does not list, naming the report, and rewrites nothing", () => {
    const dir = copyOfRepository();
    fs.appendFileSync(path.join(dir, "lib/index.ts"), 'export { derivedName } from "./private/names";\n');
    const before = fs.readFileSync(path.join(dir, "api/cr-websocket-trigger.api.md"), "utf8");
    const run = spawnSync(process.execPath, [CLI, "--check", "--project", dir], { encoding: "utf8", timeout: 170_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^api: error: the public API differs from api\/cr-websocket-trigger\.api\.md; run `npm run api`/m);
    expect(fs.readFileSync(path.join(dir, "api/cr-websocket-trigger.api.md"), "utf8")).toBe(before);
    expect(fs.readFileSync(path.join(dir, "build/api-temp/cr-websocket-trigger.api.md"), "utf8")).toMatch(/export function derivedName\(/);
  }, 180_000);
});
