import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { providerSchemaDir } from "../../lib/provider-schema";

const root = path.resolve(__dirname, "../..");

// runs the cdktf CLI (`cdktf get`, offline from the pinned schema), so it sits in the e2e tier
describe("generated bindings", () => {
  test(".gen/ is what `npm run get` generates from the pinned schema", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gen-check-"));
    try {
      fs.copyFileSync(path.join(root, "cdktf.json"), path.join(tmp, "cdktf.json"));
      execFileSync(
        process.execPath,
        [path.join(root, "node_modules/cdktf-cli/bundle/bin/cdktf"), "get", "--experimental-provider-schema-cache-path", providerSchemaDir()],
        { cwd: tmp, env: { ...process.env, CHECKPOINT_DISABLE: "1", CI: "1" }, stdio: "pipe" },
      );
      const stale = diffTrees(path.join(tmp, ".gen"), path.join(root, ".gen"));
      expect(stale).toEqual([]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 60_000);
});

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

function diffTrees(fresh: string, committed: string): string[] {
  const a = new Set(listFiles(fresh));
  const b = new Set(listFiles(committed));
  const out: string[] = [];
  for (const f of a) if (!b.has(f)) out.push(`missing in .gen: ${f}`);
  for (const f of b) if (!a.has(f)) out.push(`extra in .gen: ${f}`);
  for (const f of a) {
    if (b.has(f) && !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(committed, f)))) out.push(`differs: ${f}`);
  }
  return out.sort();
}
