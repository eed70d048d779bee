import * as http from "http";
import type { AddressInfo } from "net";
import WebSocket, { WebSocketServer } from "ws";
import { WEBSOCKET_MESSAGE_MAX_BYTES } from "../validate/app-rules/message-size";
import { LocalGateway, LocalWebsocketPath, TokenLocation } from "./app-model";
/** The close code a client gets when a message over the limit was broadcast to it ("message too big"). */
export const CLOSE_MESSAGE_TOO_BIG = 1009;

/** What happened to one broadcast. */
export interface BroadcastResult {
  /** Connections the message was sent to. */
  readonly sent: number;
  /** Connections closed with 1009 because the message was over the limit. */
  readonly closed: number;
  /** The message's size in bytes. */
  readonly bytes: number;
}

/** One gateway's WebSocket side, listening on its own loopback port. */
export interface GatewayServer {
  /** `ws://127.0.0.1:<port>`: the gateway's address, to which a path is appended. */
  readonly origin: string;
  /** Sends `message` to every open connection on `path`, or closes them all with 1009 when it is over 128 KB. */
  broadcast(path: string, message: string): BroadcastResult;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
}

/** Whether a connect request may open a socket: `undefined` when it may, else the HTTP status and why. */
export function connectRefusal(
  path: LocalWebsocketPath,
  request: { readonly headers: http.IncomingHttpHeaders; readonly query: URLSearchParams },
  token: string | undefined,
): { status: 401 | 403; reason: string } | undefined {
  if (path.authorizer === undefined) return undefined;
  const valueAt = (location: TokenLocation): string | undefined => {
    if (location.in === "query") return request.query.get(location.name) ?? undefined;
    const header = request.headers[location.name.toLowerCase()];
    return Array.isArray(header) ? header[0] : header;
  };
  let presented = false;
  for (const alternative of path.authorizer) {
    const values = alternative.map(valueAt);
    if (values.some((v) => v !== undefined && v !== "")) presented = true;
    if (token !== undefined && values.every((v) => v === token || v === `Bearer ${token}`)) return undefined;
  }
  const where = path.authorizer.map((alt) => alt.map((l) => `${l.in} ${l.name}`).join(" and ")).join(" or ");
  return presented ? { status: 403, reason: "the authorizer refused the token" } : { status: 401, reason: `a token is required (${where})` };
}

/**
 * Starts the WebSocket side of `gateway` on a free loopback port: it accepts connections on each of
 * its WebSocket paths (admitting, where the path has a connect authorizer, only clients that present
 * `token`) and answers anything else with 404.
 */
export async function startGatewayServer(gateway: LocalGateway, token: string | undefined): Promise<GatewayServer> {
  const server = http.createServer((_request, response) => {
    response.writeHead(426, { "Content-Type": "text/plain" }).end("this local gateway serves WebSocket connections only\n");
  });
  const sockets = new WebSocketServer({ noServer: true });
  const byPath = new Map<string, Set<WebSocket>>(gateway.websocketPaths.map((p) => [p.path, new Set()]));
  server.on("upgrade", (request: http.IncomingMessage, socket, head) => {
    const url = new URL(request.url ?? "/", "ws://local");
    const path = gateway.websocketPaths.find((p) => p.path === url.pathname);
    const refusal =
      path === undefined
        ? { status: 404, reason: `no WebSocket path ${url.pathname}` }
        : connectRefusal(path, { headers: request.headers, query: url.searchParams }, token);
    if (refusal !== undefined) {
      socket.end(
        `HTTP/1.1 ${refusal.status} ${http.STATUS_CODES[refusal.status]}\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n${refusal.reason}\n`,
      );
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const open = byPath.get(path!.path)!;
      open.add(ws);
      ws.on("close", () => open.delete(ws));
      ws.on("error", () => open.delete(ws));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `ws://127.0.0.1:${port}`,
    broadcast(path, message) {
      const open = [...(byPath.get(path) ?? [])].filter((ws) => ws.readyState === WebSocket.OPEN);
      const bytes = Buffer.byteLength(message);
      if (bytes > WEBSOCKET_MESSAGE_MAX_BYTES) {
        for (const ws of open) ws.close(CLOSE_MESSAGE_TOO_BIG, "message over 128 KB");
        return { sent: 0, closed: open.length, bytes };
      }
      for (const ws of open) ws.send(message);
      return { sent: open.length, closed: 0, bytes };
    },
    async close() {
      for (const ws of sockets.clients) ws.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
