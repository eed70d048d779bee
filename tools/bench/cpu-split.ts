/**
 * Where a benchmark case's CPU goes: `node build/tools/bench/cpu-split.js <dir>...`, each dir holding the
 * `.cpuprofile` files of one kind (`node --cpu-prof --cpu-prof-dir=<dir> build/tools/bench/synth-case.js ...`).
 * Prints a Markdown table: for each phase (start: Node, cdktf, bindings and library load; building the app;
 * synth) the share of the CPU samples spent in the library's own code and in everything else, and
 * garbage collection apart, as medians over each dir's profiles. A sample is the library's own when the
 * nearest frame above it in build/lib/, build/.gen/ or build/tools/ is in build/lib/: what the library
 * calls in cdktf directly counts as its own, what the bindings call counts as cdktf's.
 */
import * as fs from "fs";
import * as path from "path";
import { median } from "./stats";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

/** The parts of V8's `.cpuprofile` format read here. */
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Which phase a stack is in, from the functions on it. */
function phaseOf(frames: readonly CallFrame[]): string {
  if (frames.some((f) => f.functionName === "synth" && f.url.includes("cdktf/lib/app.js"))) return "synth";
  if (frames.some((f) => f.functionName === "benchStack")) return "build";
  return "start";
}

/** Microseconds of samples per row key of one profile, and their total. */
function split(profile: CpuProfile): { readonly total: number; readonly byKey: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byKey = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((leaf, i) => {
    const t = profile.timeDeltas[i] ?? 0;
    total += t;
    const frames: CallFrame[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) frames.push(byId.get(id)!.callFrame);
    const top = frames[0].functionName;
    let key: string;
    if (top === "(garbage collector)") key = "garbage collection";
    else if (top === "(idle)" || top === "(program)") key = "idle, program";
    else {
      const user = frames.find((f) => /\/build\/(lib|\.gen|tools)\//.test(f.url));
      key = `${phaseOf(frames)}: ${user?.url.includes("/build/lib/") ? "the library's own code" : "cdktf, bindings, Node.js"}`;
    }
    byKey.set(key, (byKey.get(key) ?? 0) + t);
  });
  return { total, byKey };
}

const dirs = process.argv.slice(2);
const results = dirs.map((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => split(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CpuProfile)),
);
const keys = [...new Set(results.flatMap((runs) => runs.flatMap((r) => [...r.byKey.keys()])))].sort();
console.log(`| Where | ${dirs.map((d, i) => `${path.basename(d)} (${results[i].length} profiles)`).join(" | ")} |`);
console.log(`|---|${dirs.map(() => "---:").join("|")}|`);
for (const key of keys) {
  const cells = results.map((runs) => `${(100 * median(runs.map((r) => (r.byKey.get(key) ?? 0) / r.total))).toFixed(1)}%`);
  console.log(`| ${key} | ${cells.join(" | ")} |`);
}
