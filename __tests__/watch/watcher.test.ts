import { getEventListeners } from "events";
import type { LookupFunction } from "net";
import { connectFailure, DEFAULT_MAX_BACKOFF_MS, isRefusal, sleepUnlessAborted, watch, WatchOptions, WatchResult } from "../../lib/watch";
import { batch, event } from "./fixtures";
import { until } from "../helpers/until";
import { closedPort, selfSignedCertificate, startServer, TestServer, TestServerOptions } from "./servers";

// every test here waits on loopback sockets for well under this
jest.setTimeout(15_000);

const servers: TestServer[] = [];
const controllers: AbortController[] = [];

async function server(options?: TestServerOptions): Promise<TestServer> {
  const s = await startServer(options);
  servers.push(s);
  return s;
}

afterEach(async () => {
  for (const c of controllers.splice(0)) c.abort();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A watch whose output is collected, whose jitter is fixed at the top of its range and whose sleeps are recorded, not waited. */
function watching(urls: string[], options: WatchOptions & { stopAfterSleeps?: number } = {}) {
  const out: string[] = [];
  const log: string[] = [];
  const sleeps: number[] = [];
  const controller = new AbortController();
  controllers.push(controller);
  const result: Promise<WatchResult> = watch(urls, {
    out: (l) => out.push(l),
    log: (l) => log.push(l),
    random: () => 1,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (sleeps.length === options.stopAfterSleeps) controller.abort();
    },
    signal: controller.signal,
    ...options,
  });
  return { out, log, sleeps, controller, result };
}

describe("watch", () => {
  test("prints one line per event and unknown frames as such, and --once ends after the first batch", async () => {
    const s = await server();
    const w = watching([s.url], { once: true });
    await until(() => s.connections.length === 1, "connection");
    s.latest().send("garbage {");
    s.latest().send(batch(event("CreateImage"), event("DeleteImageTag", "v2")));
    expect(await w.result).toEqual({ reason: "once", events: 2 });
    // the watch has ended: the socket closes and nothing reconnects or reports the close
    await until(() => s.latest().readyState === s.latest().CLOSED, "the server to see the socket close");
    await new Promise((r) => setTimeout(r, 50));
    expect(s.handshakes).toHaveLength(1);
    expect(w.out).toEqual([
      "unrecognized frame (not JSON): garbage {",
      "2026-11-28T12:00:00Z  CreateImage     crp0registry/backend/api:latest  sha256:0123456789ab",
      "2026-11-28T12:00:00Z  DeleteImageTag  crp0registry/backend/api:v2  sha256:0123456789ab",
    ]);
    expect(w.log).toEqual([`connected to ${s.url}`]);
  });

  test("json prints each event as the JSON object it was sent as", async () => {
    const s = await server();
    const w = watching([s.url], { json: true, once: true });
    await until(() => s.connections.length === 1, "connection");
    s.latest().send(batch(event("CreateImage")));
    await w.result;
    expect(w.out.map((l) => JSON.parse(l))).toEqual([event("CreateImage")]);
  });

  test("--once shows only the first batch when the next one comes in the same read", async () => {
    const s = await server();
    const w = watching([s.url], { once: true });
    await until(() => s.connections.length === 1, "connection");
    // one write, two frames: the client parses both from one chunk
    s.latest().send(batch(event("CreateImage")));
    s.latest().send(batch(event("CreateImageTag")));
    expect(await w.result).toEqual({ reason: "once", events: 1 });
    expect(w.out).toEqual(["2026-11-28T12:00:00Z  CreateImage     crp0registry/backend/api:latest  sha256:0123456789ab"]);
  });

  test("without once it keeps printing batches until aborted, and counts every event", async () => {
    const s = await server();
    const w = watching([s.url]);
    await until(() => s.connections.length === 1, "connection");
    s.latest().send(batch(event("CreateImage")));
    s.latest().send(batch(event("DeleteImage"), event("DeleteImageTag")));
    await until(() => w.out.length === 3, "three lines");
    w.controller.abort();
    expect(await w.result).toEqual({ reason: "aborted", events: 3 });
    await until(() => s.latest().readyState === s.latest().CLOSED, "the server to see the socket close");
  });

  test("prefixes each line with its URL when watching several, and connects to each", async () => {
    const [a, b] = [await server(), await server()];
    const w = watching([a.url, b.url]);
    await until(() => a.connections.length === 1 && b.connections.length === 1, "both connections");
    a.latest().send(batch(event("CreateImage")));
    await until(() => w.out.length === 1, "a's line");
    b.latest().send("x\ny");
    await until(() => w.out.length === 2, "b's line");
    expect(w.out).toEqual([
      `${a.url}  2026-11-28T12:00:00Z  CreateImage     crp0registry/backend/api:latest  sha256:0123456789ab`,
      `${b.url}  unrecognized frame (not JSON): x y`,
    ]);
    expect([...w.log].sort()).toEqual([`connected to ${a.url}`, `connected to ${b.url}`].sort());
  });

  test("resets the backoff after every connection that opened", async () => {
    const s = await server();
    s.handshakes.length = 0;
    const w = watching([s.url], { stopAfterSleeps: 3 });
    // the server drops each connection as soon as it opens
    const drop = setInterval(() => s.connections.forEach((c) => c.readyState === c.OPEN && c.close(1001)), 5);
    try {
      expect(await w.result).toEqual({ reason: "aborted", events: 0 });
    } finally {
      clearInterval(drop);
    }
    expect(w.sleeps).toEqual([500, 500, 500]);
    expect(w.log.filter((l) => l.startsWith("connection to"))).toEqual(
      Array(3).fill(`connection to ${s.url} closed (code 1001); reconnecting in 0.5 s`),
    );
  });

  test("retries a connection that never opened, with doubling delays, and says why it could not connect", async () => {
    const s = await server({ refuse: (_req, attempt) => (attempt <= 2 ? 503 : undefined) });
    const w = watching([s.url], { once: true });
    await until(() => s.connections.length === 1, "the third handshake to be accepted");
    s.latest().send(batch(event("CreateImage")));
    expect(await w.result).toEqual({ reason: "once", events: 1 });
    expect(w.sleeps).toEqual([1000, 2000]);
    expect(w.log).toEqual([
      `could not connect to ${s.url} (HTTP 503 Service Unavailable); retrying in 1.0 s`,
      `could not connect to ${s.url} (HTTP 503 Service Unavailable); retrying in 2.0 s`,
      `connected to ${s.url}`,
    ]);
  });

  test("caps the backoff at 30 s by default", async () => {
    const url = `ws://127.0.0.1:${await closedPort()}/ws`;
    const w = watching([url], { stopAfterSleeps: 9 });
    expect(await w.result).toEqual({ reason: "aborted", events: 0 });
    expect(DEFAULT_MAX_BACKOFF_MS).toBe(30_000);
    expect(w.sleeps).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
    expect(w.log[0]).toMatch(/^could not connect to ws:\/\/127\.0\.0\.1:\d+\/ws \(connect ECONNREFUSED 127\.0\.0\.1:\d+\); retrying in 1\.0 s$/);
  });

  test("takes the base delay, the cap and the jitter from its options", async () => {
    const url = `ws://127.0.0.1:${await closedPort()}/ws`;
    const w = watching([url], { stopAfterSleeps: 4, backoffMs: 100, maxBackoffMs: 500, random: () => 0 });
    await w.result;
    expect(w.sleeps).toEqual([100, 200, 250, 250]);
    expect(w.log[3]).toMatch(/retrying in 0\.3 s$/);
  });

  test("says a host name does not resolve, on every retry", async () => {
    const lookup = ((hostname: string, _options: unknown, callback: (err: Error) => void) =>
      callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND", hostname }))) as unknown as LookupFunction;
    const w = watching(["wss://gateway.example/ws"], { lookup, stopAfterSleeps: 3 });
    await w.result;
    expect(w.log).toEqual([
      "could not connect to wss://gateway.example/ws (host name gateway.example does not resolve (ENOTFOUND)); retrying in 1.0 s",
      "could not connect to wss://gateway.example/ws (host name gateway.example does not resolve (ENOTFOUND)); retrying in 2.0 s",
      "could not connect to wss://gateway.example/ws (host name gateway.example does not resolve (ENOTFOUND)); retrying in 4.0 s",
    ]);
  });

  describe("credentials", () => {
    const TOKEN = "s3cret-token-value";
    const needsHeader = (req: { headers: Record<string, unknown> }) =>
      req.headers.authorization === undefined ? 401 : req.headers.authorization === `Bearer ${TOKEN}` ? undefined : 403;

    test("sends headers with the handshake", async () => {
      const s = await server({ refuse: needsHeader });
      const w = watching([s.url], { headers: { Authorization: `Bearer ${TOKEN}`, "X-Extra": "1" }, once: true });
      await until(() => s.connections.length === 1, "connection");
      s.latest().send(batch(event("CreateImage")));
      expect(await w.result).toEqual({ reason: "once", events: 1 });
      expect(s.handshakes[0].headers["x-extra"]).toBe("1");
      expect([...w.log, ...w.out].join("\n")).not.toContain(TOKEN);
    });

    test.each([
      [401, undefined],
      [403, { Authorization: "Bearer wrong" }],
    ])("ends with %s at once, without retrying", async (status, headers) => {
      const s = await server({ refuse: needsHeader });
      const w = watching([s.url], { headers });
      expect(await w.result).toEqual({ reason: "unauthorized", events: 0, refused: { url: s.url, status } });
      expect(s.handshakes).toHaveLength(1);
      expect(w.sleeps).toEqual([]);
      const text = status === 401 ? "Unauthorized" : "Forbidden";
      expect(w.log).toEqual([`could not connect to ${s.url} (HTTP ${status} ${text}); not retrying: the credentials are missing or refused`]);
    });

    test("adds query parameters to the URL and never prints their values", async () => {
      const s = await server({ refuse: (req) => (new URL(req.url!, "ws://x").searchParams.get("token") === TOKEN ? undefined : 401) });
      const w = watching([s.url, `${s.url}?stream=dev`], { query: [["token", TOKEN]] });
      await until(() => s.connections.length === 2, "both connections");
      s.connections[1].send(batch(event("CreateImage")));
      await until(() => w.out.length === 1, "a line");
      expect(s.handshakes.map((h) => h.url).sort()).toEqual([`/ws?stream=dev&token=${TOKEN}`, `/ws?token=${TOKEN}`]);
      expect([...w.log].sort()).toEqual([`connected to ${s.url}?stream=***&token=***`, `connected to ${s.url}?token=***`]);
      expect(w.out[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/ws\?(stream=\*\*\*&)?token=\*\*\* {2}2026-11-28T12:00:00Z {2}CreateImage/);
      expect([...w.log, ...w.out].join("\n")).not.toContain(TOKEN);
    });

    test("never prints a header value, a query token or URL user info, not even while retrying and reconnecting", async () => {
      // refused twice (retrying lines), then accepted and closed by the server (a reconnecting line), then accepted
      const s = await server({ refuse: (_req, attempt) => (attempt <= 2 ? 503 : undefined) });
      const withUser = s.url.replace("//", "//watcher:pa55word-in-url@");
      const w = watching([withUser], { query: [["token", TOKEN]], headers: { Authorization: `Bearer header-${TOKEN}` } });
      await until(() => s.connections.length === 1, "the first accepted handshake");
      s.latest().close(1001, "going away");
      await until(() => s.connections.length === 2, "the reconnection");
      s.latest().send(batch(event("CreateImage")));
      await until(() => w.out.length === 1, "an event line");
      expect(s.handshakes[0].url).toBe(`/ws?token=${TOKEN}`);
      expect(w.log.filter((l) => /retrying in|reconnecting in/.test(l))).toEqual([
        `could not connect to ws://***@127.0.0.1:${new URL(s.url).port}/ws?token=*** (HTTP 503 Service Unavailable); retrying in 1.0 s`,
        `could not connect to ws://***@127.0.0.1:${new URL(s.url).port}/ws?token=*** (HTTP 503 Service Unavailable); retrying in 2.0 s`,
        `connection to ws://***@127.0.0.1:${new URL(s.url).port}/ws?token=*** closed (code 1001); reconnecting in 0.5 s`,
      ]);
      for (const line of [...w.log, ...w.out]) {
        for (const secret of [TOKEN, "pa55word-in-url", "watcher"]) expect(line).not.toContain(secret);
      }
    });

    test("a refused query token is reported with the URL redacted", async () => {
      const s = await server({ refuse: () => 403 });
      const w = watching([s.url], { query: [["token", TOKEN]] });
      expect(await w.result).toEqual({ reason: "unauthorized", events: 0, refused: { url: `${s.url}?token=***`, status: 403 } });
      expect(w.log.join("\n")).not.toContain(TOKEN);
    });
  });

  describe("wss://", () => {
    const tls = selfSignedCertificate();

    test("connects to a server whose certificate it is told to trust", async () => {
      const s = await server({ tls });
      const w = watching([s.url], { ca: tls.cert, once: true });
      await until(() => s.connections.length === 1, "connection");
      s.latest().send(batch(event("CreateImageTag")));
      expect(await w.result).toEqual({ reason: "once", events: 1 });
      expect(s.url).toMatch(/^wss:\/\//);
      expect(w.log).toEqual([`connected to ${s.url}`]);
    });

    test("does not trust a self-signed certificate by default, and says so", async () => {
      const s = await server({ tls });
      const w = watching([s.url], { stopAfterSleeps: 1 });
      await w.result;
      expect(s.connections).toHaveLength(0);
      expect(w.log).toEqual([`could not connect to ${s.url} (self-signed certificate); retrying in 1.0 s`]);
    });
  });

  test("pings an open connection every pingSeconds", async () => {
    const s = await server();
    const w = watching([s.url], { pingSeconds: 0.02 });
    await until(() => s.pings >= 2, "two pings");
    w.controller.abort();
    await w.result;
    const after = s.pings;
    await new Promise((r) => setTimeout(r, 100));
    expect(s.pings).toBe(after);
  });

  test("ends with timeout when no event arrived in time, and not when one did", async () => {
    const s = await server();
    const quiet = watching([s.url], { timeoutSeconds: 0.2 });
    expect(await quiet.result).toEqual({ reason: "timeout", events: 0 });

    const busy = watching([s.url], { timeoutSeconds: 0.2 });
    await until(() => s.connections.length === 2, "second connection");
    s.latest().send(batch(event("CreateImage")));
    await new Promise((r) => setTimeout(r, 400));
    busy.controller.abort();
    expect(await busy.result).toEqual({ reason: "aborted", events: 1 });
  });

  test("ends at once, without connecting, when the signal is already aborted", async () => {
    const s = await server();
    const controller = new AbortController();
    controller.abort();
    expect(await watch([s.url], { signal: controller.signal, log: () => undefined })).toEqual({ reason: "aborted", events: 0 });
    await new Promise((r) => setTimeout(r, 50));
    expect(s.handshakes).toHaveLength(0);
  });

  test("waits between retries with a real timer that the end of the watch cuts short", async () => {
    const url = `ws://127.0.0.1:${await closedPort()}/ws`;
    const log: string[] = [];
    const controller = new AbortController();
    controllers.push(controller);
    const result = watch([url], { log: (l) => log.push(l), backoffMs: 20, maxBackoffMs: 40, signal: controller.signal });
    await until(() => log.length >= 3, "three retries");
    const retries = log.length;
    controller.abort();
    await result;
    await new Promise((r) => setTimeout(r, 100));
    expect(log.length).toBe(retries);

    const slow = new AbortController();
    const waiting = watch([url], { log: () => undefined, backoffMs: 60_000, maxBackoffMs: 60_000, signal: slow.signal });
    await new Promise((r) => setTimeout(r, 100));
    slow.abort();
    expect(await waiting).toEqual({ reason: "aborted", events: 0 });
  });

  test("writes events to stdout and news to stderr by default", async () => {
    const s = await server();
    const stdout = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const result = watch([s.url], { once: true });
      await until(() => s.connections.length === 1, "connection");
      s.latest().send(batch(event("CreateImage")));
      await result;
      expect(stdout).toHaveBeenCalledWith(expect.stringMatching(/^2026-11-28T12:00:00Z {2}CreateImage .*\n$/));
      expect(stderr).toHaveBeenCalledWith(`connected to ${s.url}\n`);
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  test("rejects, closing every other connection, when a handshake cannot be sent at all", async () => {
    const s = await server();
    const w = watching([s.url, s.url], { headers: { "X-Bad": "a\nb" } });
    await expect(w.result).rejects.toThrow(/Invalid character in header content \["X-Bad"\]/);
    expect(s.connections).toHaveLength(0);
  });

  test("rejects a URL that is not ws:// or wss://, naming it, wherever it is in the list", async () => {
    await expect(watch(["ws://127.0.0.1:1/ws", "http://example.com/ws"])).rejects.toThrow(
      'expected a ws:// or wss:// URL, got "http://example.com/ws" (http://)',
    );
  });

  test("stops listening to the caller's signal when it ends", async () => {
    const s = await server();
    const w = watching([s.url], { timeoutSeconds: 0.05 });
    expect(getEventListeners(w.controller.signal, "abort")).toHaveLength(1);
    await w.result;
    expect(getEventListeners(w.controller.signal, "abort")).toHaveLength(0);
  });
});

describe("connectFailure", () => {
  test("names the HTTP status, with its text when there is one", () => {
    expect(connectFailure("ws://h/ws", { status: 500 })).toBe("HTTP 500");
    expect(connectFailure("ws://h/ws", { status: 502, statusText: "Bad Gateway" })).toBe("HTTP 502 Bad Gateway");
  });

  test("says the host does not resolve on ENOTFOUND and EAI_AGAIN, taking the host from the URL when the error lacks it", () => {
    const error = (code: string) => Object.assign(new Error("x"), { code });
    expect(connectFailure("wss://gw.example:8443/ws", { error: error("EAI_AGAIN") })).toBe("host name gw.example does not resolve (EAI_AGAIN)");
    expect(connectFailure("wss://gw.example/ws", { error: error("ENOTFOUND") })).toBe("host name gw.example does not resolve (ENOTFOUND)");
  });

  test("falls back to the error's message, or says the socket closed before the handshake", () => {
    expect(connectFailure("ws://h/ws", { error: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) })).toBe(
      "connect ECONNREFUSED 127.0.0.1:1",
    );
    expect(connectFailure("ws://h/ws", {})).toBe("closed before the handshake finished");
  });
});

describe("isRefusal", () => {
  test("is true for 401 and 403 only", () => {
    expect([400, 401, 403, 404, 500, undefined].map(isRefusal)).toEqual([false, true, true, false, false, false]);
  });
});

describe("sleepUnlessAborted", () => {
  afterEach(() => jest.useRealTimers());

  test("resolves after the delay and leaves no listener on the signal", async () => {
    jest.useFakeTimers();
    const signal = new AbortController().signal;
    let done = false;
    const sleeping = sleepUnlessAborted(30_000, signal).then(() => (done = true));
    expect(getEventListeners(signal, "abort")).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(29_999);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
  });

  test("resolves at once when the signal aborts, and leaves no timer behind", async () => {
    jest.useFakeTimers();
    const controller = new AbortController();
    const sleeping = sleepUnlessAborted(30_000, controller.signal);
    expect(jest.getTimerCount()).toBe(1);
    controller.abort();
    await sleeping;
    expect(jest.getTimerCount()).toBe(0);
  });
});
