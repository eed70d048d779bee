import WebSocket from "ws";
import { formatEvent, formatUnknown, parseFrame, RegistryEventMessage } from "./events";

/** Options of {@link watch}. */
export interface WatchOptions {
  /** One raw JSON object per event instead of readable lines. */
  readonly json?: boolean;
  /** Stop after the first batch. */
  readonly once?: boolean;
  /** Give up when no event arrived within this many seconds. */
  readonly timeoutSeconds?: number;
  /** Seconds between pings that keep an idle connection open (the gateway closes idle ones after 10 minutes). */
  readonly pingSeconds?: number;
  /** First reconnect delay in milliseconds; doubled per failed attempt. */
  readonly backoffMs?: number;
  /** Longest reconnect delay in milliseconds. */
  readonly maxBackoffMs?: number;
  /** Where event lines go. */
  readonly out?: (line: string) => void;
  /** Where connection news goes. */
  readonly log?: (line: string) => void;
  /** Ends the watch when aborted (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** Why a watch ended, and how many events it saw. */
export interface WatchResult {
  readonly reason: "once" | "timeout" | "aborted";
  readonly events: number;
}

/** Capped exponential backoff with jitter: a random delay in [½, 1] × min(cap, base × 2^attempt). */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Connects to each URL and prints every registry event broadcast to it, reconnecting with
 * backoff whenever the gateway closes the connection (it does after 60 minutes), until the
 * first batch (`once`), the timeout or the abort signal.
 */
export function watch(urls: readonly string[], options: WatchOptions = {}): Promise<WatchResult> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const prefix = (url: string) => (urls.length > 1 ? `${url}  ` : "");
  let events = 0;
  let finished = false;
  const sockets = new Set<WebSocket>();
  const timers = new Set<NodeJS.Timeout>();

  return new Promise<WatchResult>((resolve) => {
    const finish = (reason: WatchResult["reason"]) => {
      if (finished) return;
      finished = true;
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.terminate();
      options.signal?.removeEventListener("abort", onAbort);
      resolve({ reason, events });
    };
    const onAbort = () => finish("aborted");
    if (options.signal?.aborted) return finish("aborted");
    options.signal?.addEventListener("abort", onAbort);
    if (options.timeoutSeconds !== undefined) {
      timers.add(setTimeout(() => events === 0 && finish("timeout"), options.timeoutSeconds * 1000));
    }

    const connect = (url: string, attempt: number) => {
      if (finished) return;
      const socket = new WebSocket(url);
      sockets.add(socket);
      let ping: NodeJS.Timeout | undefined;
      let opened = false;
      socket.on("open", () => {
        opened = true;
        log(`connected to ${url}`);
        ping = setInterval(() => socket.ping(), (options.pingSeconds ?? 30) * 1000);
      });
      socket.on("message", (data) => {
        const frame = parseFrame(data.toString());
        if (frame.kind === "unknown") return out(`${prefix(url)}${formatUnknown(frame)}`);
        for (const event of frame.events) out(`${prefix(url)}${render(event, options.json)}`);
        events += frame.events.length;
        if (options.once) finish("once");
      });
      socket.on("error", (err) => log(`${url}: ${err.message}`));
      socket.on("close", (code) => {
        clearInterval(ping);
        sockets.delete(socket);
        if (finished) return;
        const next = opened ? 0 : attempt + 1;
        const delay = backoffDelay(next, options.backoffMs ?? 500, options.maxBackoffMs ?? 30_000);
        log(`connection to ${url} closed (code ${code}); reconnecting in ${(delay / 1000).toFixed(1)} s`);
        const timer = setTimeout(() => {
          timers.delete(timer);
          connect(url, next);
        }, delay);
        timers.add(timer);
      });
    };
    for (const url of urls) connect(url, 0);
  });
}

function render(event: RegistryEventMessage, json: boolean | undefined): string {
  return json ? JSON.stringify(event) : formatEvent(event);
}
