import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { hermeticEnv } from "../../helpers/hermetic";

/* eslint-disable @typescript-eslint/no-require-imports -- plain CommonJS without types */
// jest's testMatch and Stryker's mutate both match with micromatch
const micromatch = require("micromatch") as (files: string[], patterns: string | string[]) => string[];
const { AREAS } = require("../../../tools/mutation/areas.cjs") as {
  AREAS: Record<string, { mutate: string[]; tests: string[]; target?: number }>;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.resolve(__dirname, "../../..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(rel) : [rel];
  });
}

/** What Stryker's `mutate` selects: the files matching a pattern and no `!` pattern. */
function mutated(patterns: string[], files: string[]): string[] {
  return micromatch(files, patterns);
}

describe("mutation areas", () => {
  const libSources = filesUnder("lib").filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));

  test("every file of lib/ but the index.ts re-exports is mutated by exactly one area", () => {
    const owners = new Map<string, string[]>();
    for (const [name, area] of Object.entries(AREAS)) {
      for (const file of mutated(area.mutate, libSources)) owners.set(file, [...(owners.get(file) ?? []), name]);
    }
    const unowned = libSources.filter((f) => !f.endsWith("/index.ts") && owners.get(f) === undefined);
    const shared = [...owners].filter(([, names]) => names.length > 1);
    const indexes = [...owners.keys()].filter((f) => f.endsWith("/index.ts"));
    expect({ unowned, shared, indexes }).toEqual({ unowned: [], shared: [], indexes: [] });
  });

  test("every test pattern of every area names a test file that exists", () => {
    const testFiles = filesUnder("__tests__").map((f) => path.join(ROOT, f));
    for (const [name, area] of Object.entries(AREAS)) {
      for (const pattern of area.tests) {
        expect([name, pattern, micromatch(testFiles, pattern).length > 0]).toEqual([name, pattern, true]);
      }
    }
  });

  test("the four areas the issue names keep a target of 80% or more", () => {
    const targets = Object.fromEntries(Object.entries(AREAS).map(([name, area]) => [name, area.target]));
    expect(targets).toMatchObject({ constructs: 80, validate: 80, watch: 80 });
    expect(mutated(AREAS.constructs.mutate, ["lib/cr-websocket-trigger.ts", "lib/websocket-gateway.ts"])).toHaveLength(2);
  });

  test("stryker.config.mjs mutates and tests the area MUTATION_AREA names, and refuses none or an unknown one", () => {
    const load = (area?: string) => {
      const env = hermeticEnv();
      delete env.MUTATION_AREA;
      if (area !== undefined) env.MUTATION_AREA = area;
      const script = 'import("./stryker.config.mjs").then((m) => console.log(JSON.stringify(m.default)))';
      return spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", env, timeout: 30_000 });
    };
    const watch = load("watch");
    expect(watch.status).toBe(0);
    const config = JSON.parse(watch.stdout) as { mutate: string[]; jest: { config: { testMatch: string[] } } };
    expect([config.mutate, config.jest.config.testMatch]).toEqual([AREAS.watch.mutate, AREAS.watch.tests]);
    for (const area of [undefined, "lib"]) {
      const refused = load(area);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(`MUTATION_AREA=${JSON.stringify(area ?? "")}: not an area; set one of constructs, validate, watch`);
    }
  });
});
