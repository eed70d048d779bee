import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { AddressInfo } from "net";
import WebSocket, { WebSocketServer } from "ws";
import { ROOT } from "../helpers/run-app";
import { batch, event } from "./fixtures";
import { selfSignedCertificate, startServer, TestServer } from "./servers";

// the longest wait below is `until`'s 10 s; a child that starts slowly on a busy machine needs a few more
jest.setTimeout(30_000);

const running = new Set<Run>();

afterEach(async () => {
  for (const run of running) run.child.kill("SIGKILL");
  await Promise.all([...running].map((r) => r.done));
  running.clear();
});

interface Run {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  stdout(): string;
  stderr(): string;
}

function runWatch(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, [path.join(ROOT, "build/bin/watch.js"), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, stdout, stderr })),
  );
  const run = { child, done, stdout: () => stdout, stderr: () => stderr };
  running.add(run);
  return run;
}

async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("cr-websocket-watch against a local WebSocket server", () => {
  let server: WebSocketServer;
  let url: string;
  const clients: WebSocket[] = [];
  let connections = 0;

  beforeEach(async () => {
    connections = 0;
    clients.length = 0;
    server = new WebSocketServer({ host: "127.0.0.1", port: 0, path: "/ws" });
    server.on("connection", (socket) => {
      connections++;
      clients.push(socket);
    });
    await new Promise((r) => server.once("listening", r));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
  });

  afterEach(async () => {
    for (const c of server.clients) c.terminate();
    await new Promise((r) => server.close(r));
  });

  const latest = () => clients[clients.length - 1];

  test("prints one readable line per event, shows bad frames as such, and exits cleanly with a count on Ctrl-C", async () => {
    const run = runWatch([url]);
    await until(() => connections === 1 && run.stderr().includes("connected"), "connection");
    latest().send(batch(event("CreateImage"), event("CreateImageTag")));
    latest().send("garbage {");
    latest().send(batch(event("DeleteImage")));
    await until(() => run.stdout().split("\n").length >= 5, "lines");
    run.child.kill("SIGINT");
    const { code, stdout, stderr } = await run.done;
    expect(stdout.trim().split("\n")).toEqual([
      "2026-11-28T12:00:00Z  CreateImage     crp0registry/backend/api:latest  sha256:0123456789ab",
      "2026-11-28T12:00:00Z  CreateImageTag  crp0registry/backend/api:latest  sha256:0123456789ab",
      "unrecognized frame (not JSON): garbage {",
      "2026-11-28T12:00:00Z  DeleteImage     crp0registry/backend/api:latest  sha256:0123456789ab",
    ]);
    expect(stderr).toMatch(/^3 events seen$/m);
    expect(code).toBe(0);
  });

  test("--json prints one raw JSON object per event", async () => {
    const run = runWatch([url, "--json", "--once"]);
    await until(() => connections === 1, "connection");
    latest().send(batch(event("CreateImage"), event("CreateImageTag", "v2")));
    const { code, stdout } = await run.done;
    expect(code).toBe(0);
    expect(
      stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([event("CreateImage"), event("CreateImageTag", "v2")]);
  });

  test("--once exits 0 after the first batch", async () => {
    const run = runWatch([url, "--once"]);
    await until(() => connections === 1, "connection");
    latest().send(batch(event("CreateImage")));
    const { code, stdout, stderr } = await run.done;
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^1 event seen$/m);
  });

  test("reconnects when the server closes the connection mid-stream, and keeps printing", async () => {
    const run = runWatch([url]);
    await until(() => connections === 1, "first connection");
    latest().send(batch(event("CreateImage")));
    await until(() => run.stdout().includes("CreateImage"), "first event");
    latest().close(1001, "going away");
    await until(() => connections === 2, "reconnection");
    latest().send(batch(event("DeleteImage")));
    await until(() => run.stdout().includes("DeleteImage"), "event after reconnect");
    run.child.kill("SIGINT");
    const { code, stderr } = await run.done;
    expect(stderr).toMatch(/connection to ws:\/\/127\.0\.0\.1:\d+\/ws closed \(code 1001\); reconnecting in \d+\.\d s/);
    expect(stderr).toMatch(/^2 events seen$/m);
    expect(code).toBe(0);
  });

  test("--timeout exits 5 when no event arrives in time", async () => {
    const run = runWatch([url, "--timeout", "0.5"]);
    const { code, stderr } = await run.done;
    expect(connections).toBe(1);
    expect(stderr).toMatch(/no event within 0\.5 s/);
    expect(code).toBe(5);
  });

  test("--timeout with --once passes when the batch arrives in time", async () => {
    const run = runWatch([url, "--once", "--timeout", "10"]);
    await until(() => connections === 1, "connection");
    latest().send(batch(event("CreateImageTag")));
    expect((await run.done).code).toBe(0);
  });

  test("exits 1 (could not run) when there is no URL and no outputs file", async () => {
    const run = runWatch(["--outputs-file", "/nonexistent/outputs.json"]);
    const { code, stderr } = await run.done;
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cr-websocket-watch: error: no URL given and \/nonexistent\/outputs\.json cannot be read/);
    // the hint is a command that writes every stack's outputs: without '*' cdktf asks which stack
    expect(stderr).toContain("run `npx cdktf output '*' --outputs-file /nonexistent/outputs.json` first");
  });
});

describe("cr-websocket-watch usage", () => {
  test("--help prints every flag and the exit codes, and exits 0", async () => {
    const { code, stdout } = await runWatch(["--help"]).done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/--header "NAME: VALUE"/);
    expect(stdout).toMatch(/^ {3}4 {2}refused: a gateway answered 401 or 403/m);
  });

  test.each([
    [["--bogus"], /^cr-websocket-watch: error: unknown flag --bogus\ncr-websocket-watch: error: \(run 'cr-websocket-watch --help' for usage\)\n$/],
    [["ws://127.0.0.1:1/ws", "--header"], /^cr-websocket-watch: error: --header needs a value\n/],
    [["http://127.0.0.1:1/ws"], /^cr-websocket-watch: error: expected a ws:\/\/ or wss:\/\/ URL, got "http:\/\/127\.0\.0\.1:1\/ws" \(http:\/\/\)\n/],
  ])("exits 64 on %j, saying what is wrong", async (args, message) => {
    const { code, stderr } = await runWatch(args).done;
    expect(code).toBe(64);
    expect(stderr).toMatch(message);
  });
});

describe("cr-websocket-watch with credentials", () => {
  const TOKEN = "s3cret-token-value";
  let server: TestServer;

  afterEach(() => server.close());

  test("sends --header on the handshake and gets through a server that refuses connections without it", async () => {
    server = await startServer({ refuse: (req) => (req.headers.authorization === `Bearer ${TOKEN}` ? undefined : 401) });
    const run = runWatch([server.url, "--once", "--header", `Authorization: Bearer ${TOKEN}`]);
    await until(() => server.connections.length === 1, "connection");
    server.latest().send(batch(event("CreateImage")));
    const { code, stdout, stderr } = await run.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/CreateImage/);
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  test("exits 4 (refused) at once, with what to do, when the server answers 401", async () => {
    server = await startServer({ refuse: () => 401 });
    const { code, stderr } = await runWatch([server.url]).done;
    expect(code).toBe(4);
    expect(server.handshakes).toHaveLength(1);
    expect(stderr).toMatch(/could not connect to ws:\/\/127\.0\.0\.1:\d+\/ws \(HTTP 401 Unauthorized\); not retrying/);
    expect(stderr).toMatch(
      /^cr-websocket-watch: error: ws:\/\/127\.0\.0\.1:\d+\/ws answered HTTP 401: the gateway wants credentials: pass --header "Authorization: Bearer <token>" or --query token=<token>/m,
    );
  });

  test("sends --query on the handshake, shows the URL redacted, and exits 4 when the token is refused", async () => {
    server = await startServer({ refuse: (req) => (new URL(req.url!, "ws://x").searchParams.get("token") === TOKEN ? undefined : 403) });
    const run = runWatch([server.url, "--once", "--query", `token=${TOKEN}`]);
    await until(() => server.connections.length === 1, "connection");
    server.latest().send(batch(event("CreateImage")));
    const ok = await run.done;
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(`connected to ${server.url}?token=***`);
    expect(ok.stdout + ok.stderr).not.toContain(TOKEN);

    const refused = await runWatch([server.url, "--query", "token=wrong"]).done;
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(/\?token=\*\*\* answered HTTP 403: the gateway's authorizer refused the credentials given with --header\/--query/);
    expect(refused.stderr).not.toContain("wrong");
  });

  test("never prints the --query token or the --header value, not even in its retrying and reconnecting lines", async () => {
    // refused twice (retrying lines), then accepted, closed by the server (a reconnecting line), accepted again
    server = await startServer({ refuse: (_req, attempt) => (attempt <= 2 ? 503 : undefined) });
    const run = runWatch([server.url, "--query", `token=${TOKEN}`, "--header", `Authorization: Bearer header-${TOKEN}`]);
    await until(() => server.connections.length === 1, "the first accepted handshake");
    server.latest().close(1001, "going away");
    await until(() => server.connections.length === 2, "the reconnection");
    server.latest().send(batch(event("CreateImage")));
    await until(() => run.stdout().includes("CreateImage"), "an event");
    run.child.kill("SIGINT");
    const { code, stdout, stderr } = await run.done;
    expect(code).toBe(0);
    expect(server.handshakes[0].url).toBe(`/ws?token=${TOKEN}`);
    const lines = stderr.split("\n");
    expect(lines.filter((l) => l.includes("retrying in"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("reconnecting in"))).toEqual([expect.stringContaining(`connection to ${server.url}?token=*** closed`)]);
    for (const line of [...lines, ...stdout.split("\n")]) expect(line).not.toContain(TOKEN);
  });

  test("connects to wss:// with a self-signed certificate trusted through NODE_EXTRA_CA_CERTS", async () => {
    const tls = selfSignedCertificate();
    server = await startServer({ tls });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "watch-ca-"));
    try {
      fs.writeFileSync(path.join(dir, "ca.pem"), tls.cert);
      const run = runWatch([server.url, "--once"], { NODE_EXTRA_CA_CERTS: path.join(dir, "ca.pem") });
      await until(() => server.connections.length === 1, "connection");
      server.latest().send(batch(event("CreateImageTag")));
      const { code, stderr } = await run.done;
      expect(code).toBe(0);
      expect(stderr).toContain(`connected to ${server.url}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
