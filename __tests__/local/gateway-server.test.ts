import WebSocket from "ws";
import { LocalGateway } from "../../lib/local/app-model";
import { CLOSE_MESSAGE_TOO_BIG, connectRefusal, GatewayServer, startGatewayServer } from "../../lib/local/gateway-server";

const AUTHORIZED = { path: "/guarded", authorizer: [[{ in: "header" as const, name: "Authorization" }], [{ in: "query" as const, name: "token" }]] };
const GATEWAY: LocalGateway = { key: "s/gw", stack: "s", path: "Gateway", id: "d5d00000000000000001", websocketPaths: [{ path: "/ws" }, AUTHORIZED] };

describe("connectRefusal", () => {
  const ask = (headers: Record<string, string>, query = "") => connectRefusal(AUTHORIZED, { headers, query: new URLSearchParams(query) }, "secret");

  test("a path without an authorizer admits anyone", () => {
    expect(connectRefusal({ path: "/ws" }, { headers: {}, query: new URLSearchParams() }, undefined)).toBeUndefined();
  });

  test("the token admits a client in the header (bare or Bearer) or in the query", () => {
    expect(ask({ authorization: "Bearer secret" })).toBeUndefined();
    expect(ask({ authorization: "secret" })).toBeUndefined();
    expect(ask({}, "token=secret")).toBeUndefined();
  });

  test("no token is 401 and names where it goes; a wrong one is 403", () => {
    expect(ask({})).toEqual({ status: 401, reason: "a token is required (header Authorization or query token)" });
    expect(ask({ authorization: "Bearer other" })).toEqual({ status: 403, reason: "the authorizer refused the token" });
  });
});

describe("startGatewayServer", () => {
  // each test has its own server and sockets: a connection left open by one must not count in another's broadcast
  let server: GatewayServer;
  let sockets: WebSocket[];
  beforeEach(async () => {
    server = await startGatewayServer(GATEWAY, "secret");
    sockets = [];
  });
  afterEach(async () => {
    for (const s of sockets) s.terminate();
    await server.close();
  });

  function connect(path: string): Promise<WebSocket> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`${server.origin}${path}`);
      sockets.push(socket);
      socket.once("open", () => resolve(socket));
      socket.on("error", reject);
      socket.once("unexpected-response", (_req, res) => {
        reject(new Error(`HTTP ${res.statusCode}`));
        socket.terminate();
      });
    });
  }

  test("broadcasts to every connection on the path, and only there", async () => {
    const [a, b, other] = await Promise.all([connect("/ws"), connect("/ws"), connect("/guarded?token=secret")]);
    const got: string[] = [];
    for (const [name, s] of [
      ["a", a],
      ["b", b],
      ["other", other],
    ] as const)
      s.on("message", (d) => got.push(`${name} ${d.toString()}`));
    expect(server.broadcast("/ws", '{"messages":[]}')).toEqual({ sent: 2, closed: 0, bytes: 15 });
    await new Promise((r) => setTimeout(r, 100));
    expect(got.sort()).toEqual(['a {"messages":[]}', 'b {"messages":[]}']);
  });

  test("a message over 128 KB closes the connections with 1009 and is not sent", async () => {
    const socket = await connect("/ws");
    const closed = new Promise<number>((resolve) => socket.once("close", resolve));
    const message = "x".repeat(131073);
    expect(server.broadcast("/ws", message)).toMatchObject({ sent: 0, bytes: 131073 });
    expect(await closed).toBe(CLOSE_MESSAGE_TOO_BIG);
  });

  test("a message of exactly 128 KB is sent", async () => {
    const socket = await connect("/ws");
    const received = new Promise<number>((resolve) => socket.once("message", (d: Buffer) => resolve(d.length)));
    expect(server.broadcast("/ws", "x".repeat(131072)).closed).toBe(0);
    expect(await received).toBe(131072);
  });

  test("refuses a path the spec does not declare (404) and a guarded one without the token (401)", async () => {
    await expect(connect("/other")).rejects.toThrow("HTTP 404");
    await expect(connect("/guarded")).rejects.toThrow("HTTP 401");
  });
});
