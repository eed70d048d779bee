/**
 * One benchmark case in its own process: `node build/tools/bench/synth-case.js <shape> <kind> <n> <outdir> [count]`.
 * Prints one JSON line: time to build and synthesize the app, this process's CPU time (user and system,
 * from its start: what a machine loaded by other work slows least) and its peak RSS. With
 * `count`, also the tokens created: cdktf captures a stack trace for every token (`Lazy`, a
 * reference from an attribute getter, ...), so their number is the deterministic part of the
 * cost, the same on a busy machine as on an idle one; the timings of a counting run are not used.
 */
// the module itself, not a namespace copy of it: replacing its export must reach cdktf
// eslint-disable-next-line @typescript-eslint/no-require-imports
import stackTrace = require("cdktf/lib/tokens/private/stack-trace");
import { App } from "cdktf";
import { benchStack, BenchKind, BenchShape, DeclareTriggers } from "./cases";

const [shape, kind, n, outdir, mode] = process.argv.slice(2);
let tokens = 0;
if (mode === "count") {
  const capture = stackTrace.captureStackTrace;
  // cdktf calls it through the module's exports object, so replacing the export counts every call
  (stackTrace as { captureStackTrace: typeof capture }).captureStackTrace = (below) => {
    tokens++;
    return capture(below);
  };
}
/** The kind's declarations, loaded alone: a raw app loads the generated bindings and none of the library, as it would on its own. */
async function declarations(): Promise<DeclareTriggers> {
  if (kind === BenchKind.CONSTRUCT) return (await import("./construct-cases.js")).constructTriggers;
  const raw = await import("./raw-cases.js");
  return kind === BenchKind.RAW ? raw.rawTriggers : raw.rawTriggersAtConstructAddresses;
}

void declarations().then((declare) => {
  const start = process.hrtime.bigint();
  const app = new App({ outdir });
  benchStack(app, shape as BenchShape, Number(n), declare);
  app.synth();
  const synthMs = Number(process.hrtime.bigint() - start) / 1e6;
  const { user, system } = process.cpuUsage();
  console.log(JSON.stringify({ synthMs, cpuMs: (user + system) / 1000, maxRssKb: process.resourceUsage().maxRSS, tokens }));
});
