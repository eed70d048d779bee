/**
 * `npm run bench [-- --runs N] [--sizes LIST]`: synthesizes stacks of CrWebsocketTriggers in three
 * shapes (tools/bench/cases.ts) and their twins written with the generated bindings, in
 * interleaved pairs of fresh processes, and writes median wall time, peak RSS and the tokens
 * created to BENCHMARKS.md. `--help` lists the exit codes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BenchKind, BenchShape } from "../bench/cases";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue, UsageError } from "../../lib/private/cli";

const SIZES = [1, 100, 1000];
const SHAPES: ReadonlyArray<{ readonly shape: BenchShape; readonly text: string }> = [
  { shape: BenchShape.PER_FOLDER, text: "Each trigger in its own folder, defaults" },
  { shape: BenchShape.SHARED_REGISTRY, text: "One shared Registry; each trigger its own account and gateway" },
  { shape: BenchShape.SHARED_GATEWAY, text: "Shared registry, account and gateway; a path per trigger" },
];
/** Text above this heading is written by the command; the history under it is kept. */
const HISTORY = "## History";

const SPEC: CliSpec = {
  name: "bench",
  command: "npm run bench --",
  summary:
    "Synthesizes stacks of CrWebsocketTriggers in three shapes and the same resources written with the generated bindings,\n" +
    "in interleaved pairs of fresh processes, and writes medians, peak RSS and tokens created to BENCHMARKS.md.",
  options: {
    runs: { type: "string", valueName: "N", description: "construct/raw pairs per case after one counting pair (default 5)" },
    sizes: { type: "string", valueName: "LIST", description: `trigger counts, comma-separated (default ${SIZES.join(",")})` },
  },
  exitCodes: { [ExitCode.OK]: "BENCHMARKS.md written", [ExitCode.COULD_NOT_RUN]: "a run failed" },
};
const ROOT = path.resolve(__dirname, "../../..");

interface Sample {
  readonly wallMs: number;
  readonly synthMs: number;
  readonly maxRssKb: number;
  readonly tokens: number;
}

function runOnce(shape: BenchShape, kind: BenchKind, n: number, count = false): Sample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  try {
    const args = [path.join(ROOT, "build/tools/bench/synth-case.js"), shape, kind, String(n), outdir, ...(count ? ["count"] : [])];
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { encoding: "utf8" });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${shape} ${kind} × ${n} failed:\n${child.stderr}`);
    return { wallMs, ...(JSON.parse(child.stdout) as Omit<Sample, "wallMs">) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Pairs {
  readonly construct: Sample;
  readonly raw: Sample;
  /** Median of construct / raw wall time over the pairs. */
  readonly ratio: number;
}

/**
 * One counting pair (which also warms the file cache), then `runs` pairs of construct and raw run
 * back to back, so that a machine busy for a while slows both sides of a pair alike.
 */
function measurePairs(shape: BenchShape, n: number, runs: number): Pairs {
  const tokens = { construct: runOnce(shape, BenchKind.CONSTRUCT, n, true).tokens, raw: runOnce(shape, BenchKind.RAW, n, true).tokens };
  const pairs = Array.from({ length: runs }, () => ({ construct: runOnce(shape, BenchKind.CONSTRUCT, n), raw: runOnce(shape, BenchKind.RAW, n) }));
  const summary = (samples: Sample[], counted: number): Sample => ({
    wallMs: median(samples.map((s) => s.wallMs)),
    synthMs: median(samples.map((s) => s.synthMs)),
    maxRssKb: median(samples.map((s) => s.maxRssKb)),
    tokens: counted,
  });
  return {
    construct: summary(
      pairs.map((p) => p.construct),
      tokens.construct,
    ),
    raw: summary(
      pairs.map((p) => p.raw),
      tokens.raw,
    ),
    ratio: median(pairs.map((p) => p.construct.wallMs / p.raw.wallMs)),
  };
}

function timeCommand(command: string, args: string[], runs: number): number {
  const times = Array.from({ length: runs + 1 }, () => {
    const start = process.hrtime.bigint();
    const child = spawnSync(command, args, { cwd: ROOT, stdio: "ignore", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return median(times.slice(1));
}

function parseSizes(text: string): number[] {
  const sizes = text.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--sizes got ${JSON.stringify(text)}; must be whole numbers of at least 1, comma-separated`);
  }
  return sizes;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function main({ values }: CommandLine): number {
  const runsText = stringValue(values, "runs") ?? "5";
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs got ${JSON.stringify(runsText)}; must be a whole number of at least 1`);
  const sizes = parseSizes(stringValue(values, "sizes") ?? SIZES.join(","));
  const rows: string[] = [];
  for (const { shape, text } of SHAPES) {
    for (const n of sizes) {
      const { construct, raw, ratio } = measurePairs(shape, n, runs);
      rows.push(
        `| ${text} | ${n} | ${seconds(construct.wallMs)} | ${seconds(raw.wallMs)} | **${ratio.toFixed(2)}** | ` +
          `${megabytes(construct.maxRssKb)} | ${megabytes(raw.maxRssKb)} | ${(construct.maxRssKb / raw.maxRssKb).toFixed(2)} | ` +
          `${construct.tokens} | ${raw.tokens} |`,
      );
      console.log(rows[rows.length - 1]);
    }
  }
  const synth = timeCommand("npm", ["run", "--silent", "synth"], runs);
  const floor = timeCommand(process.execPath, ["-e", "require('cdktf')"], runs);
  const cpu = os.cpus();
  const file = path.join(ROOT, "BENCHMARKS.md");
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const history = previous.includes(HISTORY) ? previous.slice(previous.indexOf(HISTORY)) : `${HISTORY}\n`;
  const text = `# Benchmarks

Written by \`npm run bench\` (everything above "History"). Each case runs one counting pair, then ${runs} pairs: a
construct app and its raw twin, each in a fresh Node.js process, back to back, so a machine that is busy for a
while slows both sides of a pair alike. Times and peak RSS are medians over the pairs; construct / raw is the
median of the pairs' ratios. Wall time is the whole process as a user waits for it: Node start, loading cdktf
and the bindings, building the constructs and writing \`cdk.tf.json\`. Tokens are cdktf's stack-trace captures
(one per token created: \`Lazy\` values, attribute references, ...), counted in the counting pair: the
deterministic part of the cost. Figures are for one machine; compare them on one machine only.

The raw twin declares the same resources, in the same folders, with the generated bindings
(tools/bench/cases.ts):

- **Each trigger in its own folder**: every trigger with defaults and \`folderId: "b1gfolder<i>"\` creates a
  registry, a service account, a gateway, a folder grant and the trigger.
- **One shared Registry**: the old "defaults in one folder" case is no longer a valid app (Yandex allows one
  container registry per folder, and synth refuses a second), so its valid twin shares one \`Registry\`; each
  trigger creates its own account, gateway and grant in the provider's folder.
- **Shared registry, account and gateway**: one \`Registry\`, \`ServiceAccount\` and \`WebsocketGateway\`; every
  trigger adds its own \`websocketPath\` to the gateway's spec, and one grant serves them all.

Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB,
${os.type()} ${os.release()}, Node.js ${process.version}. Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

| Case | Triggers | Construct wall | Raw wall | Construct / raw | Construct peak RSS | Raw peak RSS | RSS ratio | Construct tokens | Raw tokens |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}

| Command | Median |
|---|---:|
| \`npm run synth\` (example app: 3 stacks, 2 triggers, esbuild transpile + node) | ${seconds(synth)} |
| \`node -e "require('cdktf')"\` (the floor: loading cdktf alone) | ${seconds(floor)} |

Targets: construct / raw ≤ 1.10 in every case at 1000 triggers, with peak RSS within 10% of raw (issue 26);
\`npm run synth\` ≤ 1.0 s.

${history}`;
  fs.writeFileSync(file, text);
  console.log("Wrote BENCHMARKS.md");
  return 0;
}

void runCommand(SPEC, process.argv.slice(2), main);
