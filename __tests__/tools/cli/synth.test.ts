import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { hermeticEnv } from "../../helpers/hermetic";
import { ROOT } from "../../helpers/run-app";
import { listFiles } from "../../helpers/temp-app";
import { OutputMoves, replaceSynthOutput } from "../../../tools/synth/replace-output";

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

describe("replaceSynthOutput", () => {
  let dir: string;
  let outdir: string;
  let staged: string;
  /** The previous output a deploy leaves: a manifest, a stack's cdk.tf.json, its .terraform folder and lock file. */
  const PREVIOUS = ["manifest.json", "stacks/dev/cdk.tf.json", "stacks/dev/.terraform/providers/yandex", "stacks/dev/.terraform.lock.hcl"];
  const write = (root: string, files: readonly string[]) => {
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), `previous ${file}`);
    }
  };
  const expectPrevious = (root: string) => {
    for (const file of PREVIOUS) expect(fs.readFileSync(path.join(root, file), "utf8")).toBe(`previous ${file}`);
  };
  /** fs.renameSync, except that the n-th rename throws. */
  const failingRename = (n: number): OutputMoves => {
    let calls = 0;
    return {
      rename: (from, to) => {
        calls += 1;
        if (calls === n) throw new Error("EIO: rename refused");
        fs.renameSync(from, to);
      },
    };
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synth-replace-"));
    outdir = path.join(dir, "cdktf.out");
    staged = path.join(dir, "cdktf.out.synth-x");
    write(outdir, PREVIOUS);
    fs.mkdirSync(path.join(staged, "stacks", "dev"), { recursive: true });
    fs.writeFileSync(path.join(staged, "manifest.json"), "new");
    fs.writeFileSync(path.join(staged, "stacks", "dev", "cdk.tf.json"), "new");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("puts the new output in place, with the stack's .terraform folder and lock file, and leaves nothing beside it", () => {
    replaceSynthOutput(staged, outdir);
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", "cdk.tf.json"), "utf8")).toBe("new");
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", ".terraform.lock.hcl"), "utf8")).toBe("previous stacks/dev/.terraform.lock.hcl");
    expect(fs.existsSync(path.join(outdir, "stacks", "dev", ".terraform", "providers", "yandex"))).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["cdktf.out"]);
  });

  test("fails when the previous output cannot be moved aside, leaving it as it was", () => {
    expect(() => replaceSynthOutput(staged, outdir, failingRename(1))).toThrow(
      /^could not move .*cdktf\.out aside \(EIO: rename refused\): it is left as it was$/,
    );
    expectPrevious(outdir);
    expect(fs.readdirSync(dir).sort()).toEqual(["cdktf.out", "cdktf.out.synth-x"]);
  });

  test("fails when the new output cannot be put in place, putting the previous one back as it was", () => {
    expect(() => replaceSynthOutput(staged, outdir, failingRename(2))).toThrow(
      /^could not put the new synth in place of .*cdktf\.out \(EIO: rename refused\): the previous output is left as it was$/,
    );
    expectPrevious(outdir);
    expect(fs.readdirSync(dir).sort()).toEqual(["cdktf.out", "cdktf.out.synth-x"]);
  });

  test("fails when neither the new output nor the previous one can be put in place, naming where the previous one is", () => {
    let calls = 0;
    const moves: OutputMoves = {
      rename: (from, to) => {
        calls += 1;
        if (calls >= 2) throw new Error("EIO: rename refused");
        fs.renameSync(from, to);
      },
    };
    let message = "";
    try {
      replaceSynthOutput(staged, outdir, moves);
    } catch (e) {
      message = (e as Error).message;
    }
    const where = /the previous output is in (\S+)$/.exec(message);
    expect(message).toMatch(/^could not put the new synth in place of .*cdktf\.out \(EIO: rename refused\) nor the previous output back/);
    expectPrevious(where?.[1] ?? "");
  });

  test("fails when a .terraform folder cannot be moved into the new output, keeping it in the previous output it names", () => {
    // renames 1 and 2 swap the outputs, 3 moves .terraform
    let message = "";
    try {
      replaceSynthOutput(staged, outdir, failingRename(3));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(
      /^the new synth is in .*cdktf\.out, but what terraform init left could not be moved into it and is still in \S+: stacks\/dev\/\.terraform \(EIO: rename refused\); /,
    );
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", "cdk.tf.json"), "utf8")).toBe("new");
    const previous = /is still in (\S+):/.exec(message)?.[1] ?? "";
    expect(previous.startsWith(path.join(dir, "cdktf.out.previous-"))).toBe(true);
    expect(fs.existsSync(path.join(previous, "stacks", "dev", ".terraform", "providers", "yandex"))).toBe(true);
    // the lock file, whose move did not fail, is in the new output; every other file of the previous one is kept
    expect(fs.readFileSync(path.join(outdir, "stacks", "dev", ".terraform.lock.hcl"), "utf8")).toBe("previous stacks/dev/.terraform.lock.hcl");
    expect(fs.readFileSync(path.join(previous, "manifest.json"), "utf8")).toBe("previous manifest.json");
  });
});
