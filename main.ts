import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { YandexProvider } from "./.gen/providers/yandex/provider";
import { ContainerRegistryEvent, CrWebsocketTrigger } from "./lib";

/** Example: push and delete events of one registry broadcast to `wss://<gateway>/ws`. */
class RegistryEventsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // Credentials, cloud and folder come from YC_TOKEN / YC_SERVICE_ACCOUNT_KEY_FILE, YC_CLOUD_ID
    // and YC_FOLDER_ID at plan time, so they never land in cdktf.out.
    new YandexProvider(this, "yandex", {});

    const events = new CrWebsocketTrigger(this, "RegistryEvents", {
      name: "registry-events",
      events: [ContainerRegistryEvent.CREATE_IMAGE_TAG, ContainerRegistryEvent.DELETE_IMAGE],
      batchSize: 10,
      batchCutoff: 5,
      labels: { app: "registry-events" },
    });

    new TerraformOutput(this, "websocket_url", { value: events.websocketUrl });
    new TerraformOutput(this, "registry_id", { value: events.registryId });
    new TerraformOutput(this, "gateway_id", { value: events.gatewayId });
    new TerraformOutput(this, "trigger_id", { value: events.triggerId });
  }
}

const app = new App();
new RegistryEventsStack(app, "registry-events");
app.synth();
