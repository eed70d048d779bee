import { ChildProcess, spawn } from "child_process";
import * as fs from "fs";
import * as http from "http";
import * as net from "net";
import * as path from "path";
import { stringify } from "yaml";

/** The name of the OCI distribution registry's binary in Debian's `docker-registry` package. */
export const REGISTRY_BINARY = "docker-registry";

/** What to tell someone whose machine has no registry binary. */
export const REGISTRY_INSTALL_HINT =
  `${REGISTRY_BINARY} (the OCI distribution registry 2.8) is not on PATH; install it with ` +
  "`sudo apt-get install -y docker-registry` (Debian, Ubuntu), and skopeo to push images: `sudo apt-get install -y skopeo`";

/** The full path of `binary` on `PATH`, or undefined when no folder of `PATH` has it as an executable file. */
export function findOnPath(binary: string, pathVariable: string = process.env.PATH ?? ""): string | undefined {
  for (const dir of pathVariable.split(path.delimiter).filter((d) => d !== "")) {
    const candidate = path.join(dir, binary);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** A free TCP port on the loopback interface, as the kernel hands it out. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Where the registry stores images and sends its notifications. */
export interface RegistryConfigOptions {
  /** Loopback port to listen on. */
  readonly port: number;
  /** Folder for the image storage. */
  readonly storageDir: string;
  /** URL the registry posts its notification envelopes to. */
  readonly notificationUrl: string;
  /** Sent as `Authorization: Bearer <secret>` with every notification, so the engine takes events from this registry only. */
  readonly notificationSecret: string;
}

/** The registry's configuration: loopback only, deletes enabled, every manifest push and delete notified at once. */
export function registryConfig(options: RegistryConfigOptions): string {
  return stringify({
    version: 0.1,
    log: { level: "warn", accesslog: { disabled: true }, fields: { service: "registry" } },
    storage: {
      filesystem: { rootdirectory: options.storageDir },
      delete: { enabled: true },
      maintenance: { uploadpurging: { enabled: false } },
    },
    http: { addr: `127.0.0.1:${options.port}`, headers: { "X-Content-Type-Options": ["nosniff"] } },
    notifications: {
      endpoints: [
        {
          name: "cr-websocket-local",
          url: options.notificationUrl,
          headers: { Authorization: [`Bearer ${options.notificationSecret}`] },
          timeout: "2s",
          threshold: 3,
          backoff: "100ms",
          // layers and configs: only manifests are images
          ignoredmediatypes: ["application/octet-stream"],
        },
      ],
    },
  });
}

/** A running registry process. */
export interface RunningRegistry {
  /** `127.0.0.1:<port>`. */
  readonly address: string;
  /** Resolves when the process has exited, with its exit code or signal. */
  readonly exited: Promise<string>;
  /** Stops the process (SIGTERM, then SIGKILL after 5 s) and waits for it to exit. */
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 15_000;

/**
 * Starts `binary` with the configuration in `configFile` and waits until `GET /v2/` answers on
 * `port`; fails with the registry's own error output when it exits or does not answer in time.
 */
export async function startRegistry(binary: string, configFile: string, port: number): Promise<RunningRegistry> {
  // its own process group: a Ctrl-C in the terminal reaches this process, which stops the registry in order
  const child = spawn(binary, ["serve", configFile], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<string>((resolve) => {
    child.once("error", (e) => resolve(e.message));
    child.once("exit", (code, signal) => resolve(signal ?? `exit code ${code}`));
  });
  const address = `127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let state: "running" | string = "running";
  void exited.then((how) => (state = how));
  while (!(await answers(`http://${address}/v2/`))) {
    if (state !== "running" || Date.now() > deadline) {
      await stopChild(child, exited);
      const why = state !== "running" ? `exited (${state})` : `did not answer on ${address} within ${STARTUP_TIMEOUT_MS / 1000} s`;
      throw new Error(`${binary} ${why}${output.trim() ? `:\n${output.trim()}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { address, exited, stop: () => stopChild(child, exited) };
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.on("timeout", () => request.destroy());
  });
}

async function stopChild(child: ChildProcess, exited: Promise<string>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(kill);
}
