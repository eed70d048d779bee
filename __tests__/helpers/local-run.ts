import { ChildProcess, execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import WebSocket from "ws";
import { hermeticEnv } from "./hermetic";
import { ROOT } from "./run-app";
import { writeTempApp } from "./temp-app";
import { until } from "./until";

/** Prints a progress line, so a slow e2e run shows where it is. */
export function progress(line: string): void {
  process.stderr.write(`[local e2e] ${line}\n`);
}

/** Synthesizes a cdktf app whose body uses `cdktf`, `lib` and `yandex(...)` (see writeTempApp) into `<dir>/cdktf.out`; returns that outdir. */
export function synthesizeTestApp(dir: string, body: string): string {
  const project = writeTempApp(body);
  fs.mkdirSync(dir, { recursive: true });
  const outdir = path.join(dir, "cdktf.out");
  try {
    execFileSync(process.execPath, ["app.js"], { cwd: project, stdio: "pipe", env: hermeticEnv({ CDKTF_OUTDIR: outdir }), timeout: 60_000 });
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
  return outdir;
}

/** The example app (main.ts, built to build/) synthesized into `<dir>/cdktf.out`; returns that outdir. */
export function synthesizeExampleApp(dir: string): string {
  const outdir = path.join(dir, "cdktf.out");
  execFileSync(process.execPath, [path.join(ROOT, "build/main.js")], {
    cwd: ROOT,
    stdio: "pipe",
    env: hermeticEnv({ CDKTF_OUTDIR: outdir }),
    timeout: 60_000,
  });
  return outdir;
}

/** The `--ready-file` document. */
export interface ReadyFile {
  readonly registry: string;
  readonly triggers: Record<string, Record<string, { readonly registry: string; readonly websocketUrl: string; readonly registryId: string }>>;
}

/** A running `cr-websocket-local` child. */
export interface LocalChild {
  readonly child: ChildProcess;
  readonly ready: ReadyFile;
  readonly readyFile: string;
  stdout(): string;
  stderr(): string;
  /** Sends SIGTERM (SIGKILL after a grace period) and resolves with the exit code once it has exited. */
  stop(): Promise<number | null>;
}

/** How long the child may take to stop its registry and exit after SIGTERM: longer than the registry's own 5 s stop. */
const STOP_GRACE_MS = 10_000;

/**
 * Starts `build/bin/local.js` on `outdir` with `args`, with HOME and TMPDIR set to folders under
 * `dir` (so the test can prove the run leaves nothing there), and waits for its ready file. When it
 * is not ready in time, it is stopped before the error is thrown.
 */
export async function startLocalChild(dir: string, outdir: string, args: readonly string[] = []): Promise<LocalChild> {
  const readyFile = path.join(dir, "ready.json");
  const tmp = path.join(dir, "tmp");
  for (const sub of ["home", "tmp"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const child = spawn(process.execPath, [path.join(ROOT, "build/bin/local.js"), "--outdir", outdir, "--ready-file", readyFile, ...args], {
    cwd: dir,
    env: hermeticEnv({ HOME: path.join(dir, "home"), TMPDIR: tmp }),
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));
  const stop = async (): Promise<number | null> => {
    if (gone) return exited;
    child.kill("SIGTERM");
    let killed = false;
    const kill = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, STOP_GRACE_MS);
    const code = await exited;
    clearTimeout(kill);
    // a killed child cannot stop its registry, which runs in its own process group
    if (killed) for (const pid of registryProcesses(tmp)) process.kill(pid, "SIGKILL");
    return code;
  };
  let ready: ReadyFile | undefined;
  try {
    await until(() => gone || fs.existsSync(readyFile), "the ready file", 30_000);
    if (gone) throw new Error(`cr-websocket-local exited before it was ready:\n${stdout}\n${stderr}`);
    // the file is written in one call; wait for it to parse
    await until(
      () => {
        try {
          ready = JSON.parse(fs.readFileSync(readyFile, "utf8")) as ReadyFile;
          return true;
        } catch {
          return false;
        }
      },
      "a complete ready file",
      15_000,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    child,
    ready: ready!,
    readyFile,
    stdout: () => stdout,
    stderr: () => stderr,
    stop,
  };
}

/** A WebSocket client that records every message (parsed) and how it closed. */
export interface Listener {
  readonly socket: WebSocket;
  readonly messages: unknown[];
  readonly closed: { code?: number };
  close(): void;
}

/** Connects to `url` and resolves once the connection is open; rejects with the HTTP status when the gateway refuses it. */
export function listen(url: string, headers: Record<string, string> = {}): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const messages: unknown[] = [];
    const closed: { code?: number } = {};
    socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
    socket.on("close", (code) => (closed.code = code));
    socket.on("unexpected-response", (_request, response) => {
      socket.terminate();
      reject(new Error(`HTTP ${response.statusCode}`));
    });
    socket.on("error", (e) => reject(e));
    socket.on("open", () => resolve({ socket, messages, closed, close: () => socket.terminate() }));
  });
}

/** The `docker-registry` processes whose command line mentions `text`, by pid. */
export function registryProcesses(text: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return cmdline.includes("docker-registry") && cmdline.includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);
}
