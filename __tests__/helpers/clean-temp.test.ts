import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanTempBase, cleanTempDir, nodeModulesAbove } from "./clean-temp";
import { removeTempDirs, tempDir } from "./hermetic";

describe("clean temporary folders for test projects", () => {
  let polluted: string;
  let tmpBelowModules: string;
  beforeEach(() => {
    // a $TMPDIR with a node_modules above it, holding a package a fresh project does not have
    polluted = tempDir("polluted-");
    fs.mkdirSync(path.join(polluted, "node_modules", "stray-package"), { recursive: true });
    fs.writeFileSync(path.join(polluted, "node_modules", "stray-package", "index.js"), "module.exports = 'stray';");
    tmpBelowModules = path.join(polluted, "deep", "tmp");
    fs.mkdirSync(tmpBelowModules, { recursive: true });
  });
  afterEach(removeTempDirs);

  test("nodeModulesAbove names the nearest node_modules in a folder or above it", () => {
    expect(nodeModulesAbove(tmpBelowModules)).toBe(fs.realpathSync(path.join(polluted, "node_modules")));
    expect(nodeModulesAbove(polluted)).toBe(fs.realpathSync(path.join(polluted, "node_modules")));
  });

  test("skips a candidate below a node_modules, and one that does not exist, for the next clean one", () => {
    const clean = cleanTempBase();
    expect(nodeModulesAbove(clean)).toBeUndefined();
    expect(cleanTempBase([tmpBelowModules, path.join(polluted, "missing"), clean])).toBe(clean);
  });

  test("fails when every candidate lies below a node_modules, naming it", () => {
    const modules = fs.realpathSync(path.join(polluted, "node_modules"));
    expect(() => cleanTempBase([tmpBelowModules])).toThrow(
      `no temporary folder without a node_modules folder above it: ${tmpBelowModules} (below ${modules})`,
    );
  });

  test("a project made there cannot load a package from the node_modules above $TMPDIR, which one made in $TMPDIR would", () => {
    const requireStray = (dir: string) => spawnSync(process.execPath, ["-e", "require('stray-package')"], { cwd: dir, encoding: "utf8" });
    expect(requireStray(tmpBelowModules).status).toBe(0);
    const dir = cleanTempDir("project-", [tmpBelowModules, cleanTempBase()]);
    try {
      const run = requireStray(dir);
      expect(run.stderr).toMatch(/Cannot find module 'stray-package'/);
      expect(run.status).not.toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
