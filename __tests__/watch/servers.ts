import { generateKeyPairSync } from "crypto";
import { IncomingMessage, createServer as createHttpServer, Server } from "http";
import { createServer as createHttpsServer } from "https";
import { AddressInfo } from "net";
import forge from "node-forge";
import WebSocket, { WebSocketServer } from "ws";

/** A loopback WebSocket server for the watcher's tests. */
export interface TestServer {
  /** `ws://127.0.0.1:<port>/ws` (or `wss://`). */
  readonly url: string;
  /** Every handshake request the server saw, accepted or refused. */
  readonly handshakes: IncomingMessage[];
  /** Every accepted connection, in order. */
  readonly connections: WebSocket[];
  /** Pings received from clients. */
  pings: number;
  /** The newest accepted connection. */
  latest(): WebSocket;
  /** Closes every connection and the server. */
  close(): Promise<void>;
}

/** Options of {@link startServer}. */
export interface TestServerOptions {
  /** Returns the HTTP status with which to refuse a handshake, or undefined to accept it. */
  readonly refuse?: (request: IncomingMessage, attempt: number) => number | undefined;
  /** Serve wss:// with this key and certificate. */
  readonly tls?: { readonly key: string; readonly cert: string };
}

/** Starts a server on 127.0.0.1 at a free port, serving the path `/ws`. */
export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const http: Server = options.tls ? createHttpsServer(options.tls) : createHttpServer();
  const handshakes: IncomingMessage[] = [];
  const connections: WebSocket[] = [];
  const wss = new WebSocketServer({
    server: http,
    path: "/ws",
    verifyClient: (info, done) => {
      handshakes.push(info.req);
      const status = options.refuse?.(info.req, handshakes.length);
      if (status === undefined) done(true);
      else done(false, status);
    },
  });
  const server: TestServer = {
    url: "",
    handshakes,
    connections,
    pings: 0,
    latest: () => connections[connections.length - 1],
    close: async () => {
      for (const c of wss.clients) c.terminate();
      await new Promise((r) => wss.close(r));
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
    },
  };
  wss.on("connection", (socket) => {
    connections.push(socket);
    socket.on("ping", () => server.pings++);
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  return Object.assign(server, { url: `${options.tls ? "wss" : "ws"}://127.0.0.1:${(http.address() as AddressInfo).port}/ws` });
}

/** A port on 127.0.0.1 on which nothing listens (connections are refused). */
export async function closedPort(): Promise<number> {
  const http = createHttpServer();
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  await new Promise((r) => http.close(r));
  return port;
}

/** A self-signed certificate for 127.0.0.1 and localhost, made for one test run. */
export function selfSignedCertificate(): { key: string; cert: string } {
  // Node makes the key natively (forge's pure-JS RSA is slow); forge builds and signs the certificate
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [{ name: "commonName", value: "127.0.0.1" }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true },
    { name: "keyUsage", keyCertSign: true, digitalSignature: true, keyEncipherment: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 7, ip: "127.0.0.1" },
        { type: 2, value: "localhost" },
      ],
    },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(key), forge.md.sha256.create());
  return { key, cert: forge.pki.certificateToPem(cert) };
}
