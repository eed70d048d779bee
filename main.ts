import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { YandexProvider } from "./.gen/providers/yandex/provider";
import { ContainerRegistryEvent, CrWebsocketTrigger, Registry, WebsocketGateway, YandexRemoteState, YandexRemoteStateOptions } from "./lib";

// Example app: a shared stack owns the registry and one WebSocket gateway; each environment
// stack adds its own trigger and path to them (cross-stack references). Configured by
// environment variables; without any, everything lands in the provider's folder (YC_FOLDER_ID).

/** What differs between environments. */
interface Environment {
  readonly name: string;
  readonly folderId?: string;
  readonly events: ContainerRegistryEvent[];
  readonly imageName?: string;
  readonly batchSize: number;
  readonly batchCutoffSeconds: number;
}

const prefix = process.env.CR_WS_NAME_PREFIX ?? "cr-ws";
const environments: Environment[] = [
  {
    name: "dev",
    folderId: process.env.CR_WS_DEV_FOLDER_ID,
    events: Object.values(ContainerRegistryEvent),
    batchSize: 1,
    batchCutoffSeconds: 1,
  },
  {
    name: "prod",
    folderId: process.env.CR_WS_PROD_FOLDER_ID,
    events: [ContainerRegistryEvent.CREATE_IMAGE_TAG, ContainerRegistryEvent.DELETE_IMAGE_TAG],
    imageName: process.env.CR_WS_PROD_IMAGE ?? "release/app",
    batchSize: 10,
    batchCutoffSeconds: 5,
  },
];

/** A stack with the yandex provider and, when configured, remote state. */
class YandexStack extends TerraformStack {
  constructor(scope: Construct, id: string, remoteState: YandexRemoteStateOptions | undefined) {
    super(scope, id);
    // Credentials, cloud and folder come from YC_TOKEN / YC_SERVICE_ACCOUNT_KEY_FILE, YC_CLOUD_ID
    // and YC_FOLDER_ID at plan time, so they never land in cdktf.out.
    new YandexProvider(this, "yandex", {});
    if (remoteState) YandexRemoteState.use(this, remoteState);
  }
}

/** The registry and the gateway every environment broadcasts through. */
class SharedStack extends YandexStack {
  public readonly registry: Registry;
  public readonly gateway: WebsocketGateway;

  constructor(scope: Construct, id: string, remoteState: YandexRemoteStateOptions | undefined) {
    super(scope, id, remoteState);
    const folderId = process.env.CR_WS_SHARED_FOLDER_ID;
    this.registry = new Registry(this, "Registry", { name: `${prefix}-images`, folderId });
    this.gateway = new WebsocketGateway(this, "Gateway", { name: `${prefix}-events`, folderId });
    new TerraformOutput(this, "registry_id", { value: this.registry.registryId });
    new TerraformOutput(this, "gateway_id", { value: this.gateway.gatewayId });
  }
}

/** One environment's trigger on the shared registry, broadcasting to `/<env>` of the shared gateway. */
class EnvironmentStack extends YandexStack {
  constructor(scope: Construct, env: Environment, shared: SharedStack, remoteState: YandexRemoteStateOptions | undefined) {
    super(scope, env.name, remoteState);
    const trigger = new CrWebsocketTrigger(this, "RegistryEvents", {
      name: `${prefix}-${env.name}`,
      folderId: env.folderId,
      labels: { env: env.name },
      registry: shared.registry,
      gateway: shared.gateway,
      websocketPath: `/${env.name}`,
      events: env.events,
      imageName: env.imageName,
      batchSize: env.batchSize,
      batchCutoffSeconds: env.batchCutoffSeconds,
    });
    new TerraformOutput(this, "websocket_url", { value: trigger.websocketUrl });
    new TerraformOutput(this, "trigger_id", { value: trigger.triggerId });
    new TerraformOutput(this, "service_account_id", { value: trigger.serviceAccountId });
  }
}

const app = new App();
const remoteState = YandexRemoteState.fromEnv();
const shared = new SharedStack(app, "shared", remoteState);
for (const env of environments) new EnvironmentStack(app, env, shared, remoteState);
app.synth();
