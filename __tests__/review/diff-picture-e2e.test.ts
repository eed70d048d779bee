import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { defaultAppEnv } from "../../tools/docs/app-picture";
import { mermaidBlocks, parseMermaid } from "../helpers/mermaid";
import { ROOT } from "../helpers/run-app";

/** git and the diff it runs see no user or system configuration. */
const GIT_ENV = { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "ci", GIT_AUTHOR_EMAIL: "ci@example.invalid" };
const ANCHOR = '    new TerraformOutput(this, "websocket_url", { value: trigger.websocketUrl });\n';
const AUDIT_TRIGGER =
  '    if (env.name === "dev") {\n' +
  '      new CrWebsocketTrigger(this, "AuditEvents", {\n' +
  "        name: `${prefix}-dev-audit`,\n" +
  "        registry: shared.registry,\n" +
  "        gateway: shared.gateway,\n" +
  '        websocketPath: "/dev-audit",\n' +
  "      });\n" +
  "    }\n";

describe("npm run diff (end to end): a trigger on the new path /dev-audit in the example's dev stack", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "diff-picture-"));
    for (const f of ["main.ts", "cdktf.json", "package.json", "package-lock.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
    for (const d of ["lib", "bin", "tools", ".gen"]) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=ci", "-c", "user.email=ci@example.invalid", ...args], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV },
        stdio: "pipe",
      });
    git("init", "--quiet");
    git("add", "-A");
    git("commit", "--quiet", "--no-gpg-sign", "-m", "base");
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    const main = fs.readFileSync(path.join(dir, "main.ts"), "utf8");
    if (!main.includes(ANCHOR)) throw new Error(`main.ts no longer has the line this test adds a trigger after:\n${ANCHOR}`);
    fs.writeFileSync(path.join(dir, "main.ts"), main.replace(ANCHOR, ANCHOR + AUDIT_TRIGGER));
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the Markdown draws both changed stacks, the pictures parse, and the spec change reads + /dev-audit", () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "build/bin/diff.js"), "--base", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...defaultAppEnv(process.env), ...GIT_ENV },
    });
    expect([run.status, run.stderr]).toEqual([2, ""]);
    expect(run.stdout).toMatch(/<summary><b>dev<\/b>: 3 create<\/summary>\n\n```mermaid\nflowchart LR\n/);
    expect(run.stdout).toMatch(/<summary><b>shared<\/b>: 1 update<\/summary>\n\n```mermaid\nflowchart LR\n/);
    expect(run.stdout).toMatch(/\["\+ create<br\/>yandex_serverless_triggers<br\/>AuditEvents\/Resource"\]/);
    expect(run.stdout).toMatch(/\["~ update<br\/>yandex_api_gateway<br\/>Gateway\/Resource"\]/);
    expect(run.stdout).toMatch(
      /- `spec` \(JSON document, shown as YAML\):\n\n {4}```diff\n[\s\S]*\n {4}\+ {2}\/dev-audit:\n {4}\+ {4}x-yc-apigateway-websocket-message:\n/,
    );
    expect(run.stdout).not.toMatch(/\\"openapi\\"/);
    const diagrams = mermaidBlocks(run.stdout);
    expect(diagrams).toHaveLength(2);
    expect(parseMermaid(diagrams)).toEqual([
      { ok: true, diagramType: "flowchart-v2" },
      { ok: true, diagramType: "flowchart-v2" },
    ]);
  }, 120_000);
});
