import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hermeticEnv } from "../../helpers/hermetic";
import { ROOT } from "../../helpers/run-app";
import { listFiles } from "../../helpers/temp-app";

const CLI = path.join(ROOT, "build/tools/cli/synth.js");

describe("npm run synth", () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-cli-"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("says which stacks it wrote and where, and writes exactly what the app writes", () => {
    const outdir = path.join(dir, "out");
    const run = spawnSync(process.execPath, [CLI], { cwd: ROOT, env: hermeticEnv({ CDKTF_OUTDIR: outdir }), encoding: "utf8" });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines[0]).toBe(`Wrote 3 stacks to ${outdir}: dev, prod, shared`);
    expect(lines.slice(1)).toEqual(["dev", "prod", "shared"].map((s) => `  ${path.join(outdir, "stacks", s, "cdk.tf.json")}`));
    const direct = path.join(dir, "direct");
    spawnSync(process.execPath, ["build/main.js"], { cwd: ROOT, env: hermeticEnv({ CDKTF_OUTDIR: direct }) });
    for (const file of ["manifest.json", ...["dev", "prod", "shared"].map((s) => `stacks/${s}/cdk.tf.json`)])
      expect(fs.readFileSync(path.join(outdir, file), "utf8")).toBe(fs.readFileSync(path.join(direct, file), "utf8"));
  });

  test("a failed synth says so, leaves the previous output exactly as it was, and leaves nothing beside it", () => {
    // GIVEN a previous run's output, with the lock file a real deploy leaves beside a stack
    const outdir = path.join(dir, "cdktf.out");
    fs.mkdirSync(path.join(outdir, "stacks", "old"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "manifest.json"), "{}");
    fs.writeFileSync(path.join(outdir, "stacks", "old", "cdk.tf.json"), "{}");
    fs.writeFileSync(path.join(outdir, "stacks", "old", ".terraform.lock.hcl"), "# lock");
    const before = listFiles(outdir);
    // WHEN the app throws
    fs.mkdirSync(path.join(dir, "build"));
    fs.writeFileSync(path.join(dir, "build", "main.js"), 'throw new Error("Invalid props: batchSize: got 0");');
    const env = hermeticEnv();
    delete env.CDKTF_OUTDIR;
    const run = spawnSync(process.execPath, [CLI], { cwd: dir, env, encoding: "utf8" });
    // THEN
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "synth: error: Invalid props: batchSize: got 0\nsynth: error: the synth failed: cdktf.out still holds the previous synth, unchanged\n",
    );
    expect(listFiles(outdir)).toEqual(before);
    expect(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")).toBe("{}");
    expect(fs.readdirSync(dir).sort()).toEqual(["build", "cdktf.out"]);
  });

  test("a failed first synth says that nothing was written", () => {
    fs.mkdirSync(path.join(dir, "build"));
    fs.writeFileSync(path.join(dir, "build", "main.js"), 'throw new Error("bad");');
    const env = hermeticEnv();
    delete env.CDKTF_OUTDIR;
    const run = spawnSync(process.execPath, [CLI], { cwd: dir, env, encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([1, "synth: error: bad\nsynth: error: the synth failed: nothing was written to cdktf.out\n"]);
    expect(fs.readdirSync(dir)).toEqual(["build"]);
  });

  test("a synth that succeeds replaces the output: stacks the app no longer has are gone, the others keep .terraform and the lock file", () => {
    // GIVEN the output of an app that had a stack "gone", and an initialized "dev"
    const outdir = path.join(dir, "cdktf.out");
    for (const stack of ["gone", "dev"]) {
      fs.mkdirSync(path.join(outdir, "stacks", stack, ".terraform", "providers"), { recursive: true });
      fs.writeFileSync(path.join(outdir, "stacks", stack, "cdk.tf.json"), "{}");
      fs.writeFileSync(path.join(outdir, "stacks", stack, ".terraform.lock.hcl"), `# lock of ${stack}`);
    }
    fs.writeFileSync(path.join(outdir, "manifest.json"), "{}");
    // WHEN
    const run = spawnSync(process.execPath, [CLI], { cwd: ROOT, env: hermeticEnv({ CDKTF_OUTDIR: outdir }), encoding: "utf8" });
    // THEN
    expect(run.status).toBe(0);
    expect(fs.readdirSync(path.join(outdir, "stacks")).sort()).toEqual(["dev", "prod", "shared"]);
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", ".terraform.lock.hcl"), "utf8")).toBe("# lock of dev");
    expect(fs.existsSync(path.join(outdir, "stacks", "dev", ".terraform", "providers"))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"))).toHaveProperty("stacks.dev");
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", "cdk.tf.json"), "utf8")).not.toBe("{}");
    expect(fs.readdirSync(dir)).toEqual(["cdktf.out"]);
  });
});
