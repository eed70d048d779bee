import type { LookupFunction } from "net";
import WebSocket from "ws";
import { formatEvent, formatUnknown, parseFrame, RegistryEventMessage } from "./events";
import { redactUrl, secretRedactor, urlSecrets, watchUrlProblem, withQuery } from "./urls";

/** First reconnect delay in milliseconds, unless {@link WatchOptions.backoffMs} says otherwise. */
export const DEFAULT_BACKOFF_MS = 500;
/** Longest reconnect delay in milliseconds, unless {@link WatchOptions.maxBackoffMs} says otherwise. */
export const DEFAULT_MAX_BACKOFF_MS = 30_000;
/** Seconds between pings, unless {@link WatchOptions.pingSeconds} says otherwise. */
export const DEFAULT_PING_SECONDS = 30;

/** Options of {@link watch}. */
export interface WatchOptions {
  /**
   * One raw JSON object per event instead of readable lines.
   * @default false
   */
  readonly json?: boolean;
  /**
   * Stop after the first batch.
   * @default false
   */
  readonly once?: boolean;
  /**
   * Give up when no event arrived within this many seconds.
   * @default - no limit
   */
  readonly timeoutSeconds?: number;
  /**
   * Seconds between pings that keep an idle connection open (the gateway closes idle ones after 10 minutes).
   * @default 30
   */
  readonly pingSeconds?: number;
  /**
   * First reconnect delay in milliseconds; doubled per failed attempt, back to this after a connection that opened.
   * @default 500
   */
  readonly backoffMs?: number;
  /**
   * Longest reconnect delay in milliseconds.
   * @default 30000
   */
  readonly maxBackoffMs?: number;
  /**
   * Headers sent with every handshake, for example `{ Authorization: "Bearer ..." }`. Never printed.
   * @default - none
   */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * `[name, value]` pairs appended to every URL's query string, for example `[["token", "..."]]`
   * (browsers cannot set headers on a WebSocket, so gateways often take a token here). Values are never printed.
   * @default - none
   */
  readonly query?: readonly (readonly [string, string])[];
  /**
   * Certificates (PEM) to trust for `wss://` besides Node's own, for a gateway behind a private CA.
   * @default - Node's trusted certificates (which `NODE_EXTRA_CA_CERTS` extends)
   */
  readonly ca?: string | Buffer;
  /**
   * Resolves host names.
   * @default - `dns.lookup`
   */
  readonly lookup?: LookupFunction;
  /**
   * Waits between reconnects; resolves early when `signal` aborts. Tests pass one that does not wait.
   * @default - a timer, cancelled when the watch ends
   */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /**
   * Source of the backoff jitter, in [0, 1).
   * @default Math.random
   */
  readonly random?: () => number;
  /**
   * Where event lines go.
   * @default - stdout
   */
  readonly out?: (line: string) => void;
  /**
   * Where connection news goes.
   * @default - stderr
   */
  readonly log?: (line: string) => void;
  /**
   * Ends the watch when aborted (Ctrl-C).
   * @default - runs until `once`, the timeout or a refusal
   */
  readonly signal?: AbortSignal;
}

/** Why a watch ended, and how many events it saw. */
export interface WatchResult {
  /** `unauthorized`: a gateway answered the handshake with 401 or 403, which retrying cannot fix. */
  readonly reason: "once" | "timeout" | "aborted" | "unauthorized";
  /** Events printed. */
  readonly events: number;
  /** With `unauthorized`: the URL (redacted) and the HTTP status it answered. */
  readonly refused?: { readonly url: string; readonly status: number };
}

/** Capped exponential backoff with jitter: a random delay in [½, 1] × min(cap, base × 2^attempt). */
export function backoffDelay(attempt: number, baseMs: number, capMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** How one connection attempt ended. */
export interface ConnectAttempt {
  readonly opened: boolean;
  readonly code: number;
  readonly status?: number;
  readonly statusText?: string;
  readonly error?: NodeJS.ErrnoException & { hostname?: string };
}

/** Why an attempt that never opened failed, in words. */
export function connectFailure(url: string, attempt: Pick<ConnectAttempt, "status" | "statusText" | "error">): string {
  if (attempt.status !== undefined) return `HTTP ${attempt.status}${attempt.statusText ? ` ${attempt.statusText}` : ""}`;
  const error = attempt.error;
  if (error?.code === "ENOTFOUND" || error?.code === "EAI_AGAIN") {
    return `host name ${error.hostname ?? new URL(url).hostname} does not resolve (${error.code})`;
  }
  return error?.message ?? "closed before the handshake finished";
}

/** True for the handshake answers that mean "not with these credentials": retrying cannot help. */
export function isRefusal(status: number | undefined): boolean {
  return status === 401 || status === 403;
}

/**
 * Connects to each URL and prints every registry event broadcast to it, reconnecting with
 * backoff whenever the gateway closes the connection (it does after 60 minutes) or a connection
 * cannot be made, until the first batch (`once`), the timeout, the abort signal or a 401/403.
 */
export function watch(urls: readonly string[], options: WatchOptions = {}): Promise<WatchResult> {
  const problem = urls.map(watchUrlProblem).find((p) => p !== undefined);
  if (problem !== undefined) return Promise.reject(new Error(problem));
  // every line passes through the redactor, so no message, however it is worded, shows a credential
  const redact = secretRedactor([
    ...Object.values(options.headers ?? {}),
    ...(options.query ?? []).map(([, value]) => value),
    ...urls.flatMap(urlSecrets),
  ]);
  const write = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const say = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const out = (line: string) => write(redact(line));
  const log = (line: string) => say(redact(line));
  const sleep = options.sleep ?? sleepUnlessAborted;
  const random = options.random ?? Math.random;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxBackoffMs = options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS;
  const shown = (url: string) => redactUrl(withQuery(url, options.query ?? []));
  const prefix = (url: string) => (urls.length > 1 ? `${shown(url)}  ` : "");
  const ended = new AbortController();
  const sockets = new Set<WebSocket>();
  let events = 0;
  let timeout: NodeJS.Timeout | undefined;

  return new Promise<WatchResult>((resolve, reject) => {
    const end = (settle: () => void) => {
      if (ended.signal.aborted) return;
      ended.abort();
      clearTimeout(timeout);
      for (const s of sockets) s.terminate();
      options.signal?.removeEventListener("abort", onAbort);
      settle();
    };
    const finish = (reason: WatchResult["reason"], refused?: WatchResult["refused"]) =>
      end(() => resolve(refused ? { reason, events, refused } : { reason, events }));
    const onAbort = () => finish("aborted");
    if (options.signal?.aborted) return finish("aborted");
    options.signal?.addEventListener("abort", onAbort);
    if (options.timeoutSeconds !== undefined) {
      timeout = setTimeout(() => events === 0 && finish("timeout"), options.timeoutSeconds * 1000);
    }

    const connect = (url: string) =>
      new Promise<ConnectAttempt>((settle) => {
        const socket = new WebSocket(withQuery(url, options.query ?? []), {
          headers: { ...options.headers },
          ca: options.ca,
          lookup: options.lookup,
        } as WebSocket.ClientOptions);
        sockets.add(socket);
        let ping: NodeJS.Timeout | undefined;
        let opened = false;
        let status: number | undefined;
        let statusText: string | undefined;
        let error: ConnectAttempt["error"];
        socket.on("unexpected-response", (_request, response) => {
          status = response.statusCode;
          statusText = response.statusMessage;
          socket.terminate();
        });
        socket.on("open", () => {
          opened = true;
          log(`connected to ${shown(url)}`);
          ping = setInterval(() => socket.ping(), (options.pingSeconds ?? DEFAULT_PING_SECONDS) * 1000);
        });
        socket.on("message", (data) => {
          // frames that came in the same read as the batch that ended the watch are not shown
          if (ended.signal.aborted) return;
          const frame = parseFrame(data.toString());
          if (frame.kind === "unknown") return out(`${prefix(url)}${formatUnknown(frame)}`);
          for (const event of frame.events) out(`${prefix(url)}${render(event, options.json)}`);
          events += frame.events.length;
          if (options.once) finish("once");
        });
        socket.on("error", (err) => {
          error ??= err;
        });
        socket.on("close", (code) => {
          clearInterval(ping);
          sockets.delete(socket);
          settle({ opened, code, status, statusText, error });
        });
      });

    const follow = async (url: string) => {
      let failures = 0;
      while (!ended.signal.aborted) {
        const attempt = await connect(url);
        if (ended.signal.aborted) return;
        if (isRefusal(attempt.status)) {
          log(`could not connect to ${shown(url)} (${connectFailure(url, attempt)}); not retrying: the credentials are missing or refused`);
          return finish("unauthorized", { url: shown(url), status: attempt.status! });
        }
        failures = attempt.opened ? 0 : failures + 1;
        const delay = backoffDelay(failures, backoffMs, maxBackoffMs, random);
        const seconds = `${(delay / 1000).toFixed(1)} s`;
        log(
          attempt.opened
            ? `connection to ${shown(url)} closed (code ${attempt.code}); reconnecting in ${seconds}`
            : `could not connect to ${shown(url)} (${connectFailure(url, attempt)}); retrying in ${seconds}`,
        );
        await sleep(delay, ended.signal);
      }
    };
    // a handshake that cannot even be attempted (a header value Node refuses to send) ends the watch
    for (const url of urls) follow(url).catch((e: Error) => end(() => reject(e)));
  });
}

function render(event: RegistryEventMessage, json: boolean | undefined): string {
  return json ? JSON.stringify(event) : formatEvent(event);
}

/** Waits `ms` milliseconds, or until `signal` aborts; leaves no timer or listener behind. */
export function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
