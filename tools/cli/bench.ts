/**
 * `npm run bench [-- --runs N] [--sizes LIST]`: synthesizes stacks of CrWebsocketTriggers in three
 * shapes (tools/bench/cases.ts) and their twins written with the generated bindings (at the top of
 * the stack, and at the constructs' addresses), in interleaved rounds of fresh processes, and
 * writes median wall time, peak RSS and the tokens created to BENCHMARKS.md. `--help` lists the exit codes.
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
    "in interleaved rounds of fresh processes, and writes medians, peak RSS and tokens created to BENCHMARKS.md.",
  options: {
    runs: { type: "string", valueName: "N", description: "rounds (construct, raw, raw at addresses) per case after one counting round (default 5)" },
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

interface Measured {
  readonly construct: Sample;
  readonly raw: Sample;
  readonly atAddresses: Sample;
  /** Medians over the rounds of construct / raw and construct / raw at the construct's addresses, wall time. */
  readonly ratio: number;
  readonly ratioAtAddresses: number;
}

const KINDS = [BenchKind.CONSTRUCT, BenchKind.RAW, BenchKind.RAW_AT_ADDRESSES] as const;

/**
 * One counting round (which also warms the file cache), then `runs` rounds of the construct app
 * and its two raw twins run back to back, so that a machine busy for a while slows every side of a
 * round alike.
 */
function measureRounds(shape: BenchShape, n: number, runs: number): Measured {
  const tokens = KINDS.map((kind) => runOnce(shape, kind, n, true).tokens);
  const rounds = Array.from({ length: runs }, () => KINDS.map((kind) => runOnce(shape, kind, n)));
  const summary = (k: number): Sample => ({
    wallMs: median(rounds.map((r) => r[k].wallMs)),
    synthMs: median(rounds.map((r) => r[k].synthMs)),
    maxRssKb: median(rounds.map((r) => r[k].maxRssKb)),
    tokens: tokens[k],
  });
  return {
    construct: summary(0),
    raw: summary(1),
    atAddresses: summary(2),
    ratio: median(rounds.map((r) => r[0].wallMs / r[1].wallMs)),
    ratioAtAddresses: median(rounds.map((r) => r[0].wallMs / r[2].wallMs)),
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

const COLUMNS = [
  "Case",
  "Triggers",
  "Construct wall",
  "Raw wall",
  "Construct / raw",
  "Construct peak RSS",
  "Raw peak RSS",
  "RSS construct / raw",
  "Raw at addresses wall",
  "Construct / raw at addresses",
  "Raw at addresses peak RSS",
  "RSS construct / raw at addresses",
  "Construct tokens",
  "Raw tokens",
];

/** A markdown table's heading and alignment rows: the first column left, the others right. */
function tableHead(columns: readonly string[]): string {
  return `| ${columns.join(" | ")} |\n|${columns.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`;
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
      const { construct, raw, atAddresses, ratio, ratioAtAddresses } = measureRounds(shape, n, runs);
      rows.push(
        `| ${text} | ${n} | ${seconds(construct.wallMs)} | ${seconds(raw.wallMs)} | **${ratio.toFixed(2)}** | ` +
          `${megabytes(construct.maxRssKb)} | ${megabytes(raw.maxRssKb)} | **${(construct.maxRssKb / raw.maxRssKb).toFixed(2)}** | ` +
          `${seconds(atAddresses.wallMs)} | ${ratioAtAddresses.toFixed(2)} | ${megabytes(atAddresses.maxRssKb)} | ` +
          `${(construct.maxRssKb / atAddresses.maxRssKb).toFixed(2)} | ${construct.tokens} | ${raw.tokens} |`,
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

Written by \`npm run bench\` (everything above "History"). Each case runs one counting round, then ${runs} ${runs === 1 ? "round" : "rounds"}:
a construct app and its two raw twins, each in a fresh Node.js process, back to back, so a machine that is busy
for a while slows every side of a round alike. Times and peak RSS are medians over the rounds; construct / raw
is the median of the rounds' ratios. Wall time is the whole process as a user waits for it: Node start,
loading cdktf and the bindings (and, for the construct, the library), building the app and writing
\`cdk.tf.json\`. Tokens are cdktf's stack-trace captures (one per token created: \`Lazy\` values, attribute
references, ...), counted in the counting round: the deterministic part of the cost. Figures are for one
machine; compare them on one machine only.

The raw twins declare the same resources, in the same folders, with the generated bindings alone
(tools/bench/raw-cases.ts, which loads nothing of the library):

- **Raw** is what a hand-written app does: every resource at the top of the stack (\`Registry0\`, ...). Its
  resources have other addresses than the construct's, so it is the lower bound, not an equivalent app.
- **Raw at addresses** puts the same resources at the construct app's addresses, under plain constructs
  (\`T0/Registry/Default\`, ...): its \`cdk.tf.json\` equals the construct app's. The addresses are public
  API, and a deeper tree costs cdktf more (a longer path and scope list per node, hashed logical ids, longer
  stack traces and output), so construct / raw at addresses is what the constructs' own work costs.

The cases (tools/bench/construct-cases.ts):

- **Each trigger in its own folder**: every trigger with defaults and \`folderId: "b1gfolder<i>"\` creates a
  registry, a service account, a gateway, a folder grant and the trigger.
- **One shared Registry**: the old "defaults in one folder" case is no longer a valid app (Yandex allows one
  container registry per folder, and synth refuses a second), so its valid twin shares one \`Registry\`; each
  trigger creates its own account, gateway and grant in the provider's folder.
- **Shared registry, account and gateway**: one \`Registry\`, \`ServiceAccount\` and \`WebsocketGateway\`; every
  trigger adds its own \`websocketPath\` to the gateway's spec, and one grant serves them all.

Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB,
${os.type()} ${os.release()}, Node.js ${process.version}. Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

${tableHead(COLUMNS)}
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
