import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cdktfCliPath, terraformVersion } from "../../../tools/offline-provider";
import { readmeBlocks, readmeCommands } from "../../helpers/readme";
import { ROOT } from "../../helpers/run-app";

// Deploying needs the real terraform; without one this is skipped, loudly. npm needs the registry.
const version = terraformVersion();
if (!version) console.warn('SKIPPED: no terraform binary on PATH, so the README\'s "Use in your own stack" test does not run.');
const withTerraform = version ? describe : describe.skip;

const SECTION = "Use in your own stack";
/** What a sandbox copy of this repository leaves out before `npm pack`. */
const NOT_COPIED = new Set(["node_modules", ".git", "cdktf.out", "build", "dist", "coverage", "reports", ".stryker-tmp"]);

withTerraform(`README "${SECTION}" (terraform ${version ?? "missing"}, npm registry)`, () => {
  test("the README's steps turn a `cdktf init --template=typescript` project into one that synthesizes and deploys offline", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "own-stack-"));
    // a new user's machine: fresh HOME and npm cache, no npm settings inherited from the test run
    const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    // TMPDIR too: ts-node's compile cache and npm's scratch files go there, and leave with `tmp`
    Object.assign(env, {
      HOME: path.join(tmp, "home"),
      npm_config_cache: path.join(tmp, "npm-cache"),
      TMPDIR: path.join(tmp, "tmp"),
      CHECKPOINT_DISABLE: "1",
    });
    const sh = (command: string, cwd: string) => {
      const run = spawnSync("/bin/sh", ["-c", command], { cwd, env, encoding: "utf8", maxBuffer: 1 << 26 });
      if (run.status !== 0) throw new Error(`${command} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
      return run.stdout;
    };
    try {
      fs.mkdirSync(env.HOME!);
      fs.mkdirSync(env.TMPDIR!);
      // the tarball, packed from a copy so that nothing is written into the project tree
      const copy = path.join(tmp, "copy");
      fs.mkdirSync(copy);
      for (const entry of fs.readdirSync(ROOT))
        if (!NOT_COPIED.has(entry) && !entry.endsWith(".tgz")) fs.cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(copy, "node_modules"), "dir");
      const tarball = path.join(tmp, sh(`npm pack --silent --pack-destination "${tmp}"`, copy).trim().split("\n").pop()!);

      const project = path.join(tmp, "my-infra");
      fs.mkdirSync(project);
      const init = "init --template=typescript --local --project-name my-infra --project-description x --enable-crash-reporting=false";
      sh(`"${process.execPath}" "${cdktfCliPath()}" ${init}`, project);

      // 1. the install line as written, with the tarball where it lies here
      const install = readmeCommands(SECTION).filter((c) => c.startsWith("npm install"));
      expect(install).toHaveLength(1);
      expect(install[0]).toContain(`./${path.basename(tarball)}`);
      sh(install[0].replace(`./${path.basename(tarball)}`, `"${tarball}"`), project);
      // 2. the compiler options as written
      const [options] = readmeBlocks(SECTION, "json");
      const tsconfig = JSON.parse(fs.readFileSync(path.join(project, "tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> };
      Object.assign(tsconfig.compilerOptions, JSON.parse(options) as Record<string, unknown>);
      fs.writeFileSync(path.join(project, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
      // 3. cdktf.json as the template wrote it: no providers to generate
      expect((JSON.parse(fs.readFileSync(path.join(project, "cdktf.json"), "utf8")) as { terraformProviders?: string[] }).terraformProviders).toEqual(
        [],
      );
      // 4. main.ts as written
      const [main] = readmeBlocks(SECTION, "ts");
      fs.writeFileSync(path.join(project, "main.ts"), main);

      // cdktf synth (ts-node type-checks main.ts) and cdktf deploy, offline, through npm run tf:deploy's CLI
      const deploy = spawnSync(process.execPath, [path.join(ROOT, "build/tools/cli/tf-deploy.js")], { cwd: project, env, encoding: "utf8" });
      expect(deploy.stderr).not.toMatch(/tf:deploy: /);
      expect(deploy.stdout.trim().split("\n")).toEqual([
        "registry-events: deployed",
        expect.stringMatching(/^ {2}websocket_url = "wss:\/\/offline-[0-9a-f]+\.apigw\.yandexcloud\.net\/ws"$/),
        "registry-events: no changes after deploy",
      ]);
      expect(deploy.status).toBe(0);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 600_000);
});
