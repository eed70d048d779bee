import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "../../helpers/run-app";

const CLI = path.join(ROOT, "build/tools/cli/synth.js");

describe("npm run synth", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-cli-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("says which stacks it wrote and where, and writes exactly what the app writes", () => {
    const outdir = path.join(dir, "out");
    const run = spawnSync(process.execPath, [CLI], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: outdir }, encoding: "utf8" });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(`Wrote 3 stacks to ${outdir}: dev, prod, shared`);
    expect(lines.slice(1)).toEqual(["dev", "prod", "shared"].map((s) => `  ${path.join(outdir, "stacks", s, "cdk.tf.json")}`));
    const direct = path.join(dir, "direct");
    spawnSync(process.execPath, ["build/main.js"], { cwd: ROOT, env: { ...process.env, CDKTF_OUTDIR: direct } });
    for (const file of ["manifest.json", ...["dev", "prod", "shared"].map((s) => `stacks/${s}/cdk.tf.json`)])
      expect(fs.readFileSync(path.join(outdir, file), "utf8")).toBe(fs.readFileSync(path.join(direct, file), "utf8"));
  });

  test("a failed synth reports the error and leaves no stack of the previous run looking current", () => {
    // GIVEN a previous run's output, with the lock file a real deploy leaves beside a stack
    const outdir = path.join(dir, "cdktf.out");
    fs.mkdirSync(path.join(outdir, "stacks", "old"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "manifest.json"), "{}");
    fs.writeFileSync(path.join(outdir, "stacks", "old", "cdk.tf.json"), "{}");
    fs.writeFileSync(path.join(outdir, "stacks", "old", ".terraform.lock.hcl"), "# lock");
    // WHEN the app throws
    fs.mkdirSync(path.join(dir, "build"));
    fs.writeFileSync(path.join(dir, "build", "main.js"), 'throw new Error("Invalid props: batchSize: got 0");');
    const env = { ...process.env };
    delete env.CDKTF_OUTDIR;
    const run = spawnSync(process.execPath, [CLI], { cwd: dir, env, encoding: "utf8" });
    // THEN
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("synth: error: Invalid props: batchSize: got 0\n");
    expect(fs.existsSync(path.join(outdir, "manifest.json"))).toBe(false);
    expect(fs.existsSync(path.join(outdir, "stacks", "old", "cdk.tf.json"))).toBe(false);
    expect(fs.readFileSync(path.join(outdir, "stacks", "old", ".terraform.lock.hcl"), "utf8")).toBe("# lock");
  });
});
