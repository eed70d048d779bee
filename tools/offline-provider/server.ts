import * as path from "path";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { loadPinnedProviderSchema } from "../../lib/provider-schema/pinned";
import { EXISTING_OBJECTS_ENV, ExistingStore } from "./existing";
import { OfflineProvider } from "./provider";
import { serverIdentity } from "./tls";

/** The go-plugin core protocol version and Terraform's plugin protocol version. */
const HANDSHAKE_PREFIX = "1|6";

/** The request fields the handlers read; proto-loader delivers plain objects with these keys. */
interface ProtoRequest {
  readonly type_name: string;
  readonly config?: { msgpack?: Uint8Array };
  readonly prior_state?: { msgpack?: Uint8Array };
  readonly proposed_new_state?: { msgpack?: Uint8Array };
  readonly planned_state?: { msgpack?: Uint8Array };
  readonly current_state?: { msgpack?: Uint8Array };
  readonly raw_state?: { json?: Uint8Array };
  readonly id?: string;
}

type Handler = (request: ProtoRequest) => object;

/**
 * Starts the stand-in as Terraform launches a provider plugin: a gRPC server on loopback with
 * mutual TLS that trusts exactly Terraform's client certificate (PLUGIN_CLIENT_CERT), then the
 * go-plugin handshake line on stdout. Resolves with the server once it is listening.
 */
export async function serveOfflineProvider(
  env: NodeJS.ProcessEnv = process.env,
  write: (line: string) => void = (l) => process.stdout.write(l),
): Promise<grpc.Server> {
  const clientCert = env.PLUGIN_CLIENT_CERT;
  if (!clientCert) throw new Error("PLUGIN_CLIENT_CERT is not set: this program is started by terraform as a provider plugin, not by hand.");
  const definition = protoLoader.loadSync(
    ["tfplugin6.proto", "go-plugin.proto"].map((f) => path.join(protoDir(), f)),
    { keepCase: true, longs: Number, enums: Number, defaults: true, oneofs: true },
  );
  const proto = grpc.loadPackageDefinition(definition) as unknown as {
    tfplugin6: { Provider: { service: grpc.ServiceDefinition } };
    plugin: { GRPCController: { service: grpc.ServiceDefinition } };
  };
  const existingFile = env[EXISTING_OBJECTS_ENV];
  const provider = new OfflineProvider(loadPinnedProviderSchema(), existingFile ? new ExistingStore(existingFile) : undefined);
  const server = new grpc.Server();
  const handlers: Record<string, Handler> = {
    GetProviderSchema: () => provider.getProviderSchema(),
    ValidateProviderConfig: () => ({ diagnostics: [] }),
    ValidateResourceConfig: (r) => provider.validateResourceConfig(r.type_name, r.config),
    ValidateDataResourceConfig: () => ({ diagnostics: [] }),
    ConfigureProvider: () => ({ diagnostics: [] }),
    UpgradeResourceState: (r) => provider.upgradeResourceState(r.type_name, r.raw_state?.json),
    ReadResource: (r) => provider.readResource(r.type_name, r.current_state),
    ImportResourceState: (r) => provider.importResourceState(r.type_name, r.id ?? ""),
    PlanResourceChange: (r) => provider.planResourceChange(r.type_name, r.prior_state, r.proposed_new_state, r.config),
    ApplyResourceChange: (r) => provider.applyResourceChange(r.type_name, r.planned_state, r.prior_state),
    ReadDataSource: (r) => provider.readDataSource(r.type_name, r.config),
    StopProvider: () => ({ Error: "" }),
  };
  server.addService(
    proto.tfplugin6.Provider.service,
    Object.fromEntries(
      Object.entries(handlers).map(([name, handle]) => [
        name,
        (call: grpc.ServerUnaryCall<ProtoRequest, object>, callback: grpc.sendUnaryData<object>) => {
          try {
            callback(null, handle(call.request));
          } catch (e) {
            callback({ code: grpc.status.INTERNAL, details: (e as Error).message });
          }
        },
      ]),
    ),
  );
  server.addService(proto.plugin.GRPCController.service, {
    Shutdown: (_call: grpc.ServerUnaryCall<object, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      setImmediate(() => {
        server.forceShutdown();
        process.exit(0);
      });
    },
  });
  const identity = serverIdentity(env);
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(clientCert),
    [{ private_key: Buffer.from(identity.keyPem), cert_chain: Buffer.from(identity.certPem) }],
    true,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", credentials, (err, p) => (err ? reject(err) : resolve(p))),
  );
  write(`${HANDSHAKE_PREFIX}|tcp|127.0.0.1:${port}|grpc|${identity.certDer.toString("base64").replace(/=+$/, "")}\n`);
  return server;
}

/** Where tfplugin6.proto sits: beside this file (the builds copy it next to the compiled output). */
function protoDir(): string {
  return __dirname;
}
