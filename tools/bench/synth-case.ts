/**
 * One benchmark case in its own process: `node build/tools/bench/synth-case.js <kind> <n> <outdir>`.
 * Prints one JSON line: time to build and synthesize the app, and this process's peak RSS.
 */
import { App } from "cdktf";
import { benchStack, BenchKind } from "./cases";

const [kind, n, outdir] = process.argv.slice(2);
const start = process.hrtime.bigint();
const app = new App({ outdir });
benchStack(app, kind as BenchKind, Number(n));
app.synth();
const synthMs = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ synthMs, maxRssKb: process.resourceUsage().maxRSS }));
