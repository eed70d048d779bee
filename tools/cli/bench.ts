/**
 * `npm run bench [-- --runs N] [--sizes LIST] [--shapes LIST] [--output FILE]`: synthesizes stacks of
 * CrWebsocketTriggers in three shapes (tools/bench/cases.ts) and their twins written with the generated
 * bindings (at the top of the stack, and at the constructs' addresses), in interleaved rounds of fresh
 * processes, and writes to BENCHMARKS.md, for each ratio (wall time and peak RSS, construct / twin), the
 * median of the rounds' ratios, their spread (min–max) and the number of rounds. `--help` lists the exit codes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BenchKind, BenchShape } from "../bench/cases";
import { pairedRatios, roundOrder, Spread, spread, spreadText } from "../bench/stats";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue, UsageError } from "../../lib/private/cli";

const SIZES = [1, 100, 1000];
const SHAPES: ReadonlyArray<{ readonly shape: BenchShape; readonly text: string }> = [
  { shape: BenchShape.PER_FOLDER, text: "Each trigger in its own folder, defaults" },
  { shape: BenchShape.SHARED_REGISTRY, text: "One shared Registry; each trigger its own account and gateway" },
  { shape: BenchShape.SHARED_GATEWAY, text: "Shared registry, account and gateway; a path per trigger" },
];
/** Rounds per case unless `--runs` says: at least 7, so a median has three rounds on each side of it. */
const DEFAULT_RUNS = 7;
/** Text above this heading is written by the command; the history under it is kept. */
const HISTORY = "## History";

const SPEC: CliSpec = {
  name: "bench",
  command: "npm run bench --",
  summary:
    "Synthesizes stacks of CrWebsocketTriggers in three shapes and the same resources written with the generated bindings,\n" +
    "in interleaved rounds of fresh processes, and writes the median and spread (min–max) of each construct / twin ratio\n" +
    "(wall time, peak RSS) over the rounds, and the tokens created, to BENCHMARKS.md.",
  options: {
    runs: {
      type: "string",
      valueName: "N",
      description: `rounds (construct, raw, raw at addresses) per case after one counting round (default ${DEFAULT_RUNS})`,
    },
    sizes: { type: "string", valueName: "LIST", description: `trigger counts, comma-separated (default ${SIZES.join(",")})` },
    shapes: {
      type: "string",
      valueName: "LIST",
      description: `shapes, comma-separated (default ${SHAPES.map((s) => s.shape).join(",")})`,
    },
    output: { type: "string", valueName: "FILE", description: "where to write the report (default BENCHMARKS.md; its History is kept)" },
  },
  exitCodes: { [ExitCode.OK]: "the report written", [ExitCode.COULD_NOT_RUN]: "a run failed" },
};
const ROOT = path.resolve(__dirname, "../../..");

interface Sample {
  readonly wallMs: number;
  readonly synthMs: number;
  readonly cpuMs: number;
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

/** Construct / one twin over the rounds: wall time, CPU time and peak RSS, each paired round by round. */
interface Ratios {
  readonly time: Spread;
  readonly cpu: Spread;
  readonly rss: Spread;
}

interface Measured {
  /** Per kind (KINDS order): wall time and peak RSS over the rounds, and the tokens of the counting round. */
  readonly wall: readonly Spread[];
  readonly rss: readonly Spread[];
  readonly tokens: readonly number[];
  readonly vsRaw: Ratios;
  readonly vsAtAddresses: Ratios;
}

const KINDS = [BenchKind.CONSTRUCT, BenchKind.RAW, BenchKind.RAW_AT_ADDRESSES] as const;

/**
 * One counting round (which also warms the file cache), then `runs` rounds of the construct app and
 * its two raw twins run back to back, in an order that alternates from round to round, so that a
 * machine busy for a while slows every side of a round alike and no side always runs first.
 */
function measureRounds(shape: BenchShape, n: number, runs: number): Measured {
  const tokens = KINDS.map((kind) => runOnce(shape, kind, n, true).tokens);
  const rounds = Array.from({ length: runs }, (_, round) => {
    const samples = new Map(roundOrder(KINDS, round).map((kind) => [kind, runOnce(shape, kind, n)]));
    return KINDS.map((kind) => samples.get(kind)!);
  });
  const column = (k: number, field: "wallMs" | "cpuMs" | "maxRssKb") => rounds.map((r) => r[k][field]);
  const ratios = (twin: number): Ratios => ({
    time: spread(pairedRatios(column(0, "wallMs"), column(twin, "wallMs"))),
    cpu: spread(pairedRatios(column(0, "cpuMs"), column(twin, "cpuMs"))),
    rss: spread(pairedRatios(column(0, "maxRssKb"), column(twin, "maxRssKb"))),
  });
  return {
    wall: KINDS.map((_, k) => spread(column(k, "wallMs"))),
    rss: KINDS.map((_, k) => spread(column(k, "maxRssKb"))),
    tokens,
    vsRaw: ratios(1),
    vsAtAddresses: ratios(2),
  };
}

function timeCommand(command: string, args: string[], runs: number): Spread {
  const times = Array.from({ length: runs + 1 }, () => {
    const start = process.hrtime.bigint();
    const child = spawnSync(command, args, { cwd: ROOT, stdio: "ignore", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
    if (child.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
  return spread(times.slice(1));
}

function parseSizes(text: string): number[] {
  const sizes = text.split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--sizes got ${JSON.stringify(text)}; must be whole numbers of at least 1, comma-separated`);
  }
  return sizes;
}

function parseShapes(text: string): typeof SHAPES {
  const names = text.split(",");
  const known = SHAPES.map((s) => s.shape as string);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new UsageError(`--shapes got ${JSON.stringify(text)}; must be some of ${known.join(", ")}, comma-separated`);
  return SHAPES.filter((s) => names.includes(s.shape));
}

const COLUMNS = [
  "Case",
  "Triggers",
  "Rounds",
  "Construct wall",
  "Raw wall",
  "Time construct / raw",
  "CPU construct / raw",
  "Construct peak RSS",
  "Raw peak RSS",
  "RSS construct / raw",
  "Raw at addresses wall",
  "Time construct / raw at addresses",
  "CPU construct / raw at addresses",
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
const secondsSpread = (s: Spread) => `${seconds(s.median)} (${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)})`;

function row(text: string, n: number, m: Measured): string {
  const [construct, raw, atAddresses] = [0, 1, 2];
  const cells = [
    text,
    String(n),
    String(m.vsRaw.time.n),
    seconds(m.wall[construct].median),
    seconds(m.wall[raw].median),
    `**${spreadText(m.vsRaw.time)}**`,
    spreadText(m.vsRaw.cpu),
    megabytes(m.rss[construct].median),
    megabytes(m.rss[raw].median),
    `**${spreadText(m.vsRaw.rss)}**`,
    seconds(m.wall[atAddresses].median),
    spreadText(m.vsAtAddresses.time),
    spreadText(m.vsAtAddresses.cpu),
    megabytes(m.rss[atAddresses].median),
    spreadText(m.vsAtAddresses.rss),
    String(m.tokens[construct]),
    String(m.tokens[raw]),
  ];
  return `| ${cells.join(" | ")} |`;
}

function main({ values }: CommandLine): number {
  const runsText = stringValue(values, "runs") ?? String(DEFAULT_RUNS);
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs got ${JSON.stringify(runsText)}; must be a whole number of at least 1`);
  const sizes = parseSizes(stringValue(values, "sizes") ?? SIZES.join(","));
  const shapes = parseShapes(stringValue(values, "shapes") ?? SHAPES.map((s) => s.shape).join(","));
  const file = path.resolve(stringValue(values, "output") ?? path.join(ROOT, "BENCHMARKS.md"));
  const rows: string[] = [];
  for (const { shape, text } of shapes) {
    for (const n of sizes) {
      rows.push(row(text, n, measureRounds(shape, n, runs)));
      console.log(rows[rows.length - 1]);
    }
  }
  const synth = timeCommand("npm", ["run", "--silent", "synth"], runs);
  const floor = timeCommand(process.execPath, ["-e", "require('cdktf')"], runs);
  const cpu = os.cpus();
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const history = previous.includes(HISTORY) ? previous.slice(previous.indexOf(HISTORY)) : `${HISTORY}\n`;
  const text = `# Benchmarks

Written by \`npm run bench\` (everything above "History"). Each case runs one counting round, then ${runs} ${runs === 1 ? "round" : "rounds"}:
a construct app and its two raw twins, each in a fresh Node.js process, back to back, in an order that alternates
from round to round (construct first, then last). A ratio is computed within each round, so a machine that is busy
for a while slows both sides of it alike; the table gives the **median of the rounds' ratios and their spread
(min–max)**, and the number of rounds. A single run can land anywhere in that spread: compare medians, and
distrust a difference smaller than the spread. Wall times and peak RSS are medians over the rounds. Wall time is
the whole process as a user waits for it: Node start, loading cdktf and the bindings (and, for the construct, the
library), building the app and writing \`cdk.tf.json\`. CPU time is the same process's user and system time: on a
machine shared with other work, wall time includes waiting for a core and CPU time mostly does not, so its
ratios spread less. Peak RSS is the process's \`maxRSS\`. Tokens are cdktf's
stack-trace captures (one per token created: \`Lazy\` values, attribute references, ...), counted in the counting
round: the deterministic part of the cost. Figures are for one machine; compare them on one machine only.

The raw twins declare the same resources, in the same folders, with the generated bindings alone
(tools/bench/raw-cases.ts, which loads nothing of the library):

- **Raw** is what a hand-written app does: every resource at the top of the stack (\`Registry0\`, ...). Its
  resources have other addresses than the construct's, so it is the lower bound, not an equivalent app.
- **Raw at addresses** puts the same resources at the construct app's addresses, under plain constructs
  (\`T0/Registry/Default\`, ...): its \`cdk.tf.json\` equals the construct app's. The addresses are public
  API, and a deeper tree costs cdktf more (a longer path and scope list per node, hashed logical ids, longer
  output), so construct / raw at addresses is what the constructs' own work costs.

The cases (tools/bench/construct-cases.ts):

- **Each trigger in its own folder**: every trigger with defaults and \`folderId: "b1gfolder<i>"\` creates a
  registry, a service account, a gateway, a folder grant and the trigger.
- **One shared Registry**: the old "defaults in one folder" case is no longer a valid app (Yandex allows one
  container registry per folder, and synth refuses a second), so its valid twin shares one \`Registry\`; each
  trigger creates its own account, gateway and grant in the provider's folder.
- **Shared registry, account and gateway**: one \`Registry\`, \`ServiceAccount\` and \`WebsocketGateway\`; every
  trigger adds its own \`websocketPath\` to the gateway's spec, and one grant serves them all.

Command: \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}\`.
Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB,
${os.type()} ${os.release()}, Node.js ${process.version}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} at the end (1, 5, 15 min). Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.

${tableHead(COLUMNS)}
${rows.join("\n")}

| Command | Median (min–max), ${runs} runs |
|---|---:|
| \`npm run synth\` (example app: 3 stacks, 2 triggers, esbuild transpile + node) | ${secondsSpread(synth)} |
| \`node -e "require('cdktf')"\` (the floor: loading cdktf alone) | ${secondsSpread(floor)} |

Targets (issue 33): at 1000 triggers, in every shape, construct / raw ≤ 1.10 in wall time and in peak RSS (the
medians); \`npm run synth\` ≤ 1.0 s.

${history}`;
  fs.writeFileSync(file, text);
  console.log(`Wrote ${path.relative(process.cwd(), file) || file}`);
  return 0;
}

void runCommand(SPEC, process.argv.slice(2), main);
