import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { StackDocument } from "../../lib/review";
import { appPicture, defaultAppEnv, pagePicture, PICTURE_PAGE, withPagePicture } from "../../tools/docs/app-picture";
import { GRAPHVIZ } from "../helpers/graphviz";
import { BROKEN_DIAGRAM, parseMermaid } from "../helpers/mermaid";
import { ROOT } from "../helpers/run-app";

function graph(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, "build/bin/graph.js"), ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run graph", () => {
  let outdir: string;
  let app: Record<string, StackDocument>;
  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "graph-cli-"));
    execFileSync(process.execPath, ["build/main.js"], { cwd: ROOT, stdio: "pipe", env: { ...defaultAppEnv(process.env), CDKTF_OUTDIR: outdir } });
    app = Object.fromEntries(readSynthesizedStacks(outdir).map((s) => [s.name, JSON.parse(s.text) as StackDocument]));
  }, 60_000);
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("--help documents the options and the exit codes, exit 0", () => {
    const run = graph("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: cr-websocket-graph \[options\]$/m);
    for (const text of ["--stack NAME", "--format FORMAT", "--outdir DIR", "   0  success: drawn", "   1  could not run: ", "  64  usage error: "])
      expect(run.stdout).toContain(text);
  });

  test("--output FILE writes what stdout would show into FILE, and nothing on stdout", () => {
    const file = path.join(outdir, "app.dot");
    const run = graph("--outdir", outdir, "--format", "dot", "--output", file);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, "", ""]);
    expect(fs.readFileSync(file, "utf8")).toBe(graph("--outdir", outdir, "--format", "dot").stdout);
    expect(fs.readFileSync(file, "utf8")).toMatch(/^digraph /);
  });

  test("fails with exit 64 on an unknown flag, naming it", () => {
    const run = graph("--outdir", outdir, "--colour");
    expect(run.status).toBe(64);
    expect(run.stderr).toBe(
      "cr-websocket-graph: error: unknown flag --colour\ncr-websocket-graph: error: (run 'cr-websocket-graph --help' for usage)\n",
    );
    expect(run.stdout).toBe("");
  });

  test("fails with exit 64 on an unknown format, naming it and the allowed ones", () => {
    const run = graph("--outdir", outdir, "--format", "svg");
    expect([run.status, run.stdout]).toEqual([64, ""]);
    expect(run.stderr).toMatch(/^cr-websocket-graph: error: --format must be one of mermaid, dot; got "svg"\n/);
  });

  test("fails with exit 1 on an unknown stack, naming the stacks there are", () => {
    const run = graph("--outdir", outdir, "--stack", "qa");
    expect([run.status, run.stderr, run.stdout]).toEqual([
      1,
      'cr-websocket-graph: error: --stack: no stack named "qa"; the app has "shared", "dev", "prod"\n',
      "",
    ]);
  });

  test("fails with exit 1 when there is no synthesized app in --outdir", () => {
    const run = graph("--outdir", path.join(outdir, "nothing-here"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^cr-websocket-graph: error: .*nothing-here is not a synth output: it has no manifest\.json \(synthesize the app first\)/,
    );
  });

  test("draws every stack as Mermaid by default, the same text docs/TEAM-SETUP.md shows", () => {
    const run = graph("--outdir", outdir);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(appPicture(app));
    expect(run.stdout).toMatch(/subgraph s_shared\["shared"\][\s\S]*subgraph s_dev\["dev"\][\s\S]*subgraph s_prod\["prod"\]/);
    expect(run.stdout).toMatch(/==>\|cross-stack\| n_shared_2f_yandex__container__registry_2e_Registry\n/);
  });

  test("--stack draws one stack and what it is connected to; --format dot writes Graphviz", () => {
    const dev = graph("--outdir", outdir, "--stack", "dev");
    expect(dev.status).toBe(0);
    expect(dev.stdout).toMatch(/subgraph s_dev/);
    expect(dev.stdout).not.toMatch(/s_prod/);
    const dot = graph("--outdir", outdir, "--format", "dot", "--stack", "prod");
    expect(dot.status).toBe(0);
    expect(dot.stdout).toMatch(/^digraph app \{[\s\S]*subgraph "cluster_prod"[\s\S]*\}\n$/);
    expect(dot.stdout).not.toMatch(/cluster_dev/);
  });

  // without Graphviz this shows in jest's count as skipped, not as a pass
  (GRAPHVIZ ? test : test.skip)("--format dot renders with Graphviz (skipped without `dot` on PATH: apt-get install graphviz)", () => {
    const dot = graph("--outdir", outdir, "--format", "dot", "--stack", "prod");
    const svg = spawnSync("dot", ["-Tsvg"], { input: dot.stdout, encoding: "utf8" });
    expect([svg.status, svg.stderr, /<svg/.test(svg.stdout)]).toEqual([0, "", true]);
  });

  test("the picture in docs/TEAM-SETUP.md under 'The example app' is the current one (npm run docs refreshes it)", () => {
    expect(PICTURE_PAGE).toBe("docs/TEAM-SETUP.md");
    const page = fs.readFileSync(path.join(ROOT, PICTURE_PAGE), "utf8");
    expect(pagePicture(page)).toBe(appPicture(app));
  });

  test("a stale picture is detected and replaced, the rest of the page untouched", () => {
    const page = fs.readFileSync(path.join(ROOT, PICTURE_PAGE), "utf8");
    const stale = withPagePicture(page, "flowchart LR\n  old --> picture\n");
    expect(pagePicture(stale)).not.toBe(appPicture(app));
    expect(withPagePicture(stale, appPicture(app))).toBe(page);
    const without = page.replace(/```mermaid\n[\s\S]*?```\n/, "");
    expect(pagePicture(without)).toBeUndefined();
    expect(pagePicture(withPagePicture(without, appPicture(app)))).toBe(appPicture(app));
    expect(() => pagePicture("# no such section\n")).toThrow(/docs\/TEAM-SETUP\.md has no "## The example app" section/);
  });

  test("every Mermaid text it writes, and the page's picture, parses with the official parser; a broken one does not", () => {
    const page = fs.readFileSync(path.join(ROOT, PICTURE_PAGE), "utf8");
    const diagrams = [graph("--outdir", outdir).stdout, graph("--outdir", outdir, "--stack", "shared").stdout, pagePicture(page)!];
    const results = parseMermaid([...diagrams, BROKEN_DIAGRAM]);
    expect(results).toEqual([
      ...diagrams.map(() => ({ ok: true, diagramType: "flowchart-v2" })),
      { ok: false, error: expect.stringMatching(/Parse error/) },
    ]);
  }, 60_000);
});
