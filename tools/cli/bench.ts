/**
 * `npm run bench [-- --runs N]`: synthesizes stacks of 1, 100 and 1000 CrWebsocketTriggers and of
 * the same resources written with the generated bindings, each run in a fresh process, and
 * writes median wall time, in-process synth time and peak RSS to BENCHMARKS.md. `--help` lists the exit codes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { BenchKind } from "../bench/cases";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue, UsageError } from "../../lib/private/cli";

const SIZES = [1, 100, 1000];

const SPEC: CliSpec = {
  name: "bench",
  command: "npm run bench --",
  summary:
    "Synthesizes stacks of 1, 100 and 1000 CrWebsocketTriggers and of the same resources written with the generated\n" +
    "bindings, each run in a fresh process, and writes medians and peak RSS to BENCHMARKS.md.",
  options: { runs: { type: "string", valueName: "N", description: "runs per case after one warm-up (default 5)" } },
  exitCodes: { [ExitCode.OK]: "BENCHMARKS.md written", [ExitCode.COULD_NOT_RUN]: "a run failed" },
};
const ROOT = path.resolve(__dirname, "../../..");

interface Sample {
  readonly wallMs: number;
  readonly synthMs: number;
  readonly maxRssKb: number;
}

function runOnce(kind: BenchKind, n: number): Sample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
  try {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [path.join(ROOT, "build/tools/bench/synth-case.js"), kind, String(n), outdir], { encoding: "utf8" });
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) throw new Error(`${kind} × ${n} failed:\n${child.stderr}`);
    const { synthMs, maxRssKb } = JSON.parse(child.stdout) as { synthMs: number; maxRssKb: number };
    return { wallMs, synthMs, maxRssKb };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function measure(kind: BenchKind, n: number, runs: number): Sample {
  runOnce(kind, n); // warm the file cache
  const samples = Array.from({ length: runs }, () => runOnce(kind, n));
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    synthMs: median(samples.map((s) => s.synthMs)),
    maxRssKb: Math.max(...samples.map((s) => s.maxRssKb)),
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

function main({ values }: CommandLine): number {
  const runsText = stringValue(values, "runs") ?? "5";
  const runs = Number(runsText);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs got ${JSON.stringify(runsText)}; must be a whole number of at least 1`);
  const rows: string[] = [];
  for (const n of SIZES) {
    const construct = measure(BenchKind.CONSTRUCT, n, runs);
    const raw = measure(BenchKind.RAW, n, runs);
    const ratio = construct.wallMs / raw.wallMs;
    rows.push(
      `| ${n} | ${(construct.wallMs / 1000).toFixed(2)} s | ${(raw.wallMs / 1000).toFixed(2)} s | ${ratio.toFixed(2)} | ` +
        `${(construct.synthMs / 1000).toFixed(2)} s | ${(raw.synthMs / 1000).toFixed(2)} s | ` +
        `${(construct.maxRssKb / 1024).toFixed(0)} MB | ${(raw.maxRssKb / 1024).toFixed(0)} MB |`,
    );
    console.log(rows[rows.length - 1]);
  }
  const synth = timeCommand("npm", ["run", "--silent", "synth"], runs);
  const floor = timeCommand(process.execPath, ["-e", "require('cdktf')"], runs);
  const cpu = os.cpus();
  const text = `# Benchmarks

Written by \`npm run bench\` (${runs} runs per case after one warm-up, each in a fresh Node.js process; medians,
peak RSS is the largest seen). Wall time is the whole process as a user waits for it: Node start, loading
cdktf and the bindings, building the constructs and writing \`cdk.tf.json\`. "Synth" is the part inside the
process after \`require\`. Raw L1 declares the same five resources per trigger directly with the generated
bindings. Figures are for one machine; compare them on one machine only.

Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB,
${os.type()} ${os.release()}, Node.js ${process.version}. Measured ${new Date().toISOString().slice(0, 10)}.

| Triggers | Construct wall | Raw L1 wall | Construct / raw | Construct synth | Raw synth | Construct peak RSS | Raw peak RSS |
|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join("\n")}

| Command | Median |
|---|---:|
| \`npm run synth\` (example app: 3 stacks, 2 triggers, esbuild transpile + node) | ${(synth / 1000).toFixed(2)} s |
| \`node -e "require('cdktf')"\` (the floor: loading cdktf alone) | ${(floor / 1000).toFixed(2)} s |

Targets (issue: performance): \`npm run synth\` ≤ 1.0 s; construct / raw ≤ 1.15 at 1000 triggers; 1000 triggers
≤ 3.0 s wall and ≤ 250 MB peak RSS.
`;
  fs.writeFileSync(path.join(ROOT, "BENCHMARKS.md"), text);
  console.log("Wrote BENCHMARKS.md");
  return 0;
}

void runCommand(SPEC, process.argv.slice(2), main);
