import { randomBytes } from "crypto";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { UsageError } from "../private/cli";
import { stopJq } from "../private/jq";
import { WEBSOCKET_MESSAGE_MAX_BYTES } from "../validate/app-rules/message-size";
import { LocalApp, readLocalApp } from "./app-model";
import { GatewayServer, startGatewayServer } from "./gateway-server";
import { registryChanges } from "./registry-events";
import {
  findOnPath,
  freeLoopbackPort,
  REGISTRY_BINARY,
  REGISTRY_INSTALL_HINT,
  registryConfig,
  RunningRegistry,
  startRegistry,
} from "./registry-process";
import { Broadcast, TriggerEngine } from "./trigger-engine";

/** Options of {@link startLocal}. */
export interface LocalOptions {
  /** The cdktf outdir the app was synthesized into. */
  readonly outdir: string;
  /**
   * The token a client must present on a path whose connect operation has an authorizer.
   * @default - required when the app declares such a path
   */
  readonly authorizerToken?: string;
  /** Receives one line per message sent and per note. */
  readonly log: (line: string) => void;
}

/** Where one trigger of the app can be reached. */
export interface LocalTriggerEndpoint {
  readonly stack: string;
  /** Construct path below the stack. */
  readonly path: string;
  /** Terraform address in its stack. */
  readonly address: string;
  /** `127.0.0.1:<port>/<registry id>`: push to `<registry>/<image>:<tag>`. */
  readonly registry: string;
  readonly registryId: string;
  /** `ws://127.0.0.1:<port><path>` of its (first) broadcast action. */
  readonly websocketUrl: string;
  /** Every broadcast action's URL, when it has several. */
  readonly websocketUrls: readonly string[];
}

/** A running local event path. */
export interface LocalRun {
  /** `127.0.0.1:<port>`: the registry. */
  readonly registryAddress: string;
  /** The app as read. */
  readonly app: LocalApp;
  readonly triggers: readonly LocalTriggerEndpoint[];
  /** `127.0.0.1:<port>/<registry id>` of each registry, by stack and construct path (`id` for one the app only names). */
  readonly registries: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Resolves with the reason when the registry exits by itself. */
  readonly failed: Promise<string>;
  /** Stops the registry, the engine and the gateways and removes the temporary folder. */
  stop(): Promise<void>;
}

/** The JSON `--ready-file` holds: `triggers.<stack>.<construct path>` = `{registry, websocketUrl, ...}`. */
export function readyDocument(run: LocalRun): unknown {
  const triggers: Record<string, Record<string, unknown>> = {};
  for (const t of run.triggers) {
    triggers[t.stack] ??= {};
    triggers[t.stack][t.path] = {
      registry: t.registry,
      websocketUrl: t.websocketUrl,
      ...(t.websocketUrls.length > 1 ? { websocketUrls: t.websocketUrls } : {}),
      registryId: t.registryId,
      address: t.address,
    };
  }
  return { registry: run.registryAddress, registries: run.registries, triggers, pid: process.pid };
}

/**
 * Reads the app in `outdir`, starts a real registry (Debian's `docker-registry`) on a free loopback
 * port with its storage in a new temporary folder, the trigger engine that its notifications feed,
 * and one WebSocket server per gateway. Everything started is stopped again when a step fails.
 */
export async function startLocal(options: LocalOptions): Promise<LocalRun> {
  const app = readLocalApp(options.outdir);
  if (app.triggers.length === 0) {
    throw new Error(`the app in ${options.outdir} has no Container Registry trigger that broadcasts to a WebSocket gateway path`);
  }
  const guarded = app.gateways.flatMap((g) => g.websocketPaths.filter((p) => p.authorizer !== undefined).map((p) => `${g.path} ${p.path}`));
  if (guarded.length > 0 && options.authorizerToken === undefined) {
    throw new UsageError(
      `--authorizer-token TOKEN is required: the connect authorizer of ${guarded.join(", ")} admits only clients that present it, ` +
        "and this command stands in for the authorizer function",
    );
  }
  const binary = findOnPath(REGISTRY_BINARY);
  if (binary === undefined) throw new Error(REGISTRY_INSTALL_HINT);
  for (const note of app.notes) options.log(`note: ${note}`);

  const cleanup: CleanupStep[] = [];
  const stop = () => runCleanup(cleanup);
  try {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), "cr-websocket-local-"));
    cleanup.push(() => fs.rmSync(temp, { recursive: true, force: true }));
    cleanup.push(() => stopJq());

    const gateways = new Map<string, GatewayServer>();
    for (const gateway of app.gateways) {
      const server = await startGatewayServer(gateway, options.authorizerToken);
      cleanup.push(() => server.close());
      gateways.set(gateway.key, server);
    }
    const engine = new TriggerEngine(app, {
      broadcast: (b: Broadcast) => {
        const result = gateways.get(b.gateway)!.broadcast(b.path, b.message);
        const events = `${b.events} event${b.events === 1 ? "" : "s"}`;
        const connections = (n: number) => `${n} connection${n === 1 ? "" : "s"}`;
        options.log(
          result.bytes > WEBSOCKET_MESSAGE_MAX_BYTES
            ? `${b.trigger} -> ${b.path}: ${events} in ${result.bytes} bytes, over the 128 KB limit: closed ${connections(result.closed)} with 1009`
            : `${b.trigger} -> ${b.path}: ${events} to ${connections(result.sent)}`,
        );
      },
      log: options.log,
    });
    cleanup.push(() => engine.stop());

    const secret = randomBytes(24).toString("hex");
    const notifications = await listenForNotifications(secret, notificationReceiver(engine, options.log));
    cleanup.push(() => new Promise<void>((resolve) => notifications.close(() => resolve())));

    const storageDir = path.join(temp, "storage");
    const configFile = path.join(temp, "config.yml");
    const port = await freeLoopbackPort();
    const notificationUrl = `http://127.0.0.1:${(notifications.address() as AddressInfo).port}/events`;
    fs.writeFileSync(configFile, registryConfig({ port, storageDir, notificationUrl, notificationSecret: secret }), { mode: 0o600 });
    const registry: RunningRegistry = await startRegistry(binary, configFile, port);
    // the registry goes first, so no notification arrives at a closed engine
    cleanup.push(() => registry.stop());

    const registryOf = new Map(app.registries.map((r) => [r.key, r]));
    const registries: Record<string, Record<string, string>> = {};
    for (const r of app.registries) {
      const stack = r.stack ?? "id";
      registries[stack] ??= {};
      registries[stack][r.path] = `${registry.address}/${r.id}`;
    }
    const triggers = app.triggers.map((t): LocalTriggerEndpoint => {
      const urls = t.actions.map((a) => `${gateways.get(a.gateway)!.origin}${a.path}`);
      const { id } = registryOf.get(t.registry)!;
      return {
        stack: t.stack,
        path: t.path,
        address: t.address,
        registry: `${registry.address}/${id}`,
        registryId: id,
        websocketUrl: urls[0],
        websocketUrls: urls,
      };
    });
    let stopped = false;
    return {
      registryAddress: registry.address,
      app,
      triggers,
      registries,
      failed: registry.exited.then((how) => `${REGISTRY_BINARY} exited (${how})`),
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await stop();
      },
    };
  } catch (e) {
    // the error that stopped the start is the one thrown; one that stopping adds is logged
    await stop().catch((stopError: unknown) => options.log(`error: while stopping after a failed start: ${oneLine(stopError)}`));
    throw e;
  }
}

/** One step of stopping a run: undoes one thing the start did. */
export type CleanupStep = () => Promise<void> | void;

/**
 * Runs and empties `steps`, the last added first. A step that fails does not skip the steps after it
 * (the registry is stopped and the temporary folder removed whatever failed before); once every step
 * has run, the first failure is thrown.
 */
export async function runCleanup(steps: CleanupStep[]): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps.splice(0).reverse()) {
    try {
      await step();
    } catch (e) {
      failures.push(e);
    }
  }
  if (failures.length > 0) throw failures[0];
}

/**
 * What takes each notification envelope: its changes go to the engine in order, and a failure to
 * process them is logged as one line instead of ending the run with an unhandled rejection.
 */
export function notificationReceiver(engine: Pick<TriggerEngine, "handle">, log: (line: string) => void): (envelope: unknown) => void {
  return (envelope) => {
    engine.handle(registryChanges(envelope)).catch((e: unknown) => log(`error: a registry notification was not processed: ${oneLine(e)}`));
  };
}

/** An error's message on one line. */
function oneLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ").trim();
}

/** An HTTP server on a free loopback port that takes the registry's notification envelopes (and nothing without `secret`). */
async function listenForNotifications(secret: string, receive: (envelope: unknown) => void): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    if (request.method !== "POST" || request.headers.authorization !== `Bearer ${secret}`) {
      response.writeHead(403).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      let envelope: unknown;
      try {
        envelope = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        response.writeHead(400).end();
        return;
      }
      receive(envelope);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return server;
}
