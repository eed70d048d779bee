import { MessageChannel, receiveMessageOnPort, Worker } from "worker_threads";

/** What jq said about an expression: nothing when it compiles, else jq's own message. */
export interface JqCompileResult {
  /** jq's error message, without its "jq: error: " prefix and the compile-error count; undefined when the expression compiles. */
  readonly error?: string;
}

/** The jq this library compiles with (jq 1.7.1 built to WebAssembly by the jq-web package). */
export const JQ_IMPLEMENTATION = "jq 1.7.1 (npm jq-web 0.6.2, WebAssembly)";

// jq-web loads its WebAssembly asynchronously, and construct validation runs in a constructor, so a
// worker thread owns jq and the caller blocks on a shared flag until the worker answers. To compile,
// the worker runs jq on an empty input: jq compiles the program, finds no input and never runs it, so
// a compile error is all it can report and no expression can loop or fail at run time there. To run
// an expression on an input (the local trigger engine), the caller awaits the answer instead.
const WORKER = `
const { parentPort, workerData } = require("worker_threads");
const ready = require(workerData.jqWeb);
parentPort.on("message", ({ expression, input, port, flag }) => {
  const answer = (result) => {
    port.postMessage(result);
    port.close();
    if (flag === undefined) return;
    const cell = new Int32Array(flag);
    Atomics.store(cell, 0, 1);
    Atomics.notify(cell, 0);
  };
  ready.then(
    (jq) => {
      try {
        if (input === undefined) {
          jq.raw("", expression, []);
          answer({});
        } else {
          answer({ output: jq.raw(input, expression, ["-c"]) ?? "" });
        }
      } catch (e) {
        // jq's own compile errors come on its stderr; anything else (a WebAssembly trap on a huge
        // program) says nothing about the expression, which is then left unchecked.
        answer(e.stderr ? { error: String(e.stderr) } : { unchecked: String(e.message) });
      }
    },
    (e) => answer({ error: "jq could not be loaded: " + String(e && e.message) }),
  );
});
`;

/** How long one compile may take before the caller gives up (loading jq the first time included). */
const TIMEOUT_MS = 60_000;

let worker: Worker | undefined;
const cache = new Map<string, JqCompileResult>();

function jqWorker(): Worker {
  if (worker === undefined) {
    const created = new Worker(WORKER, { eval: true, workerData: { jqWeb: require.resolve("jq-web") } });
    // The worker must not keep a finished synth or check alive.
    created.unref();
    // These events come only once the event loop runs, long after a synchronous compile has moved on to
    // a new worker: they clear the reference only while it still names the worker that ended.
    const forget = () => {
      if (worker === created) worker = undefined;
    };
    created.on("error", forget);
    created.on("exit", forget);
    worker = created;
  }
  return worker;
}

/** jq's message in one line: the `jq: error:` prefix, the echoed program and the error count left out. */
function tidy(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim());
  const first = lines.find((l) => l.startsWith("jq: error")) ?? lines.find((l) => l !== "") ?? stderr;
  return first
    .replace(/^jq: error:\s*/, "")
    .replace(" (Unix shell quoting issues?)", "")
    .replace(/:$/, "");
}

/** How a compile may be run; for tests. */
export interface CompileJqOptions {
  /**
   * How long to wait for jq's answer, in milliseconds.
   * @default 60000
   */
  readonly timeoutMs?: number;
}

/** Compiles a jq expression with a real jq, synchronously, without running it; results are cached per expression. */
export function compileJq(expression: string, options: CompileJqOptions = {}): JqCompileResult {
  const cached = cache.get(expression);
  if (cached) return cached;
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const compiling = jqWorker();
  compiling.postMessage({ expression, port: port2, flag }, [port2]);
  const waited = Atomics.wait(new Int32Array(flag), 0, 0, timeoutMs);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (waited === "timed-out" || message === undefined) {
    // a worker that did not answer may still be busy with this program: the next compile gets a new one
    restart(compiling);
    throw new Error(`jq did not answer within ${timeoutMs / 1000} s while compiling ${JSON.stringify(expression)}`);
  }
  const raw = message.message as { error?: string; unchecked?: string };
  // a trapped jq instance is not reused
  if (raw.unchecked !== undefined) restart(compiling);
  const result: JqCompileResult = raw.error === undefined ? {} : { error: tidy(raw.error) };
  cache.set(expression, result);
  return result;
}

/** What is wrong with a jq expression given as a prop, in words for a prop error, or undefined when jq compiles it. */
export function jqSyntaxProblem(expression: string): string | undefined {
  const { error } = compileJq(expression);
  return error === undefined ? undefined : `jq cannot compile it: ${error}`;
}

/** How long one run of an expression may take before {@link runJq} gives up and restarts jq. */
export const JQ_RUN_TIMEOUT_MS = 10_000;

/**
 * Runs a jq expression on a JSON value with the same jq the library compiles with, and resolves to
 * its outputs in order. Rejects with jq's own message when jq fails (a compile or run-time error),
 * or when it runs longer than `timeoutMs`; jq is then restarted, so a looping program cannot block
 * the next run.
 */
export function runJq(expression: string, input: unknown, timeoutMs: number = JQ_RUN_TIMEOUT_MS): Promise<unknown[]> {
  const { port1, port2 } = new MessageChannel();
  const running = jqWorker();
  running.postMessage({ expression, input: JSON.stringify(input), port: port2 }, [port2]);
  return new Promise<unknown[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      port1.close();
      restart(running);
      reject(new Error(`jq ran longer than ${timeoutMs / 1000} s and was stopped`));
    }, timeoutMs);
    // a run that stopJq cut short is never answered: its timer must not hold a stopping process for the whole timeout
    timer.unref();
    port1.once("message", (raw: { output?: string; error?: string; unchecked?: string }) => {
      clearTimeout(timer);
      port1.close();
      if (raw.output !== undefined) {
        resolve(
          raw.output
            .split("\n")
            .filter((line) => line.trim() !== "")
            .map((line) => JSON.parse(line) as unknown),
        );
        return;
      }
      if (raw.unchecked !== undefined) restart(running);
      reject(
        new Error(
          raw.error !== undefined ? tidy(raw.error).replace(/^jq: error \(at [^)]*\):\s*/, "") : `jq failed: ${raw.unchecked ?? "no answer"}`,
        ),
      );
    });
  });
}

/**
 * Stops `stale` and makes the next call start a new worker, at once. A constructor compiles
 * synchronously and never lets the event loop run, so waiting for the worker's `exit` event would be
 * too late: the next compile would post to a worker that can no longer answer and wait out the
 * whole timeout.
 */
function restart(stale: Worker): void {
  if (worker === stale) worker = undefined;
  void stale.terminate();
}

/** Stops the jq worker, if one runs; the next compile or run starts a new one. */
export async function stopJq(): Promise<void> {
  const running = worker;
  worker = undefined;
  await running?.terminate();
}
