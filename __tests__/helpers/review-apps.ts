import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DataYandexApiGateway } from "../../.gen/providers/yandex/data-yandex-api-gateway";
import { IamServiceAccount } from "../../.gen/providers/yandex/iam-service-account";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../../.gen/providers/yandex/serverless-triggers";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { CrWebsocketTrigger, CrWebsocketTriggerProps, Registry, WebsocketGateway } from "../../lib";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { declareMovedFrom } from "../../lib/private/moved";
import { StackDocument } from "../../lib/review";

/** Synthesizes an app built by `build` in a temporary outdir (removed afterwards); stack name → cdk.tf.json. */
export function synthApp(build: (app: App) => void): Record<string, StackDocument> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "review-app-"));
  try {
    const app = new App({ outdir });
    build(app);
    app.synth();
    return Object.fromEntries(readSynthesizedStacks(outdir).map((s) => [s.name, JSON.parse(s.text) as StackDocument]));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Triggers of one environment stack, by construct id. */
export type Triggers = Record<string, CrWebsocketTriggerProps>;

/**
 * The shape of the example app (main.ts): a `shared` stack with the registry and one gateway, and
 * one stack per environment whose triggers use both through cross-stack references, each on
 * its own path of the shared gateway.
 */
export function sharedGatewayApp(environments: Record<string, Triggers>): Record<string, StackDocument> {
  return synthApp((app) => {
    const shared = new TerraformStack(app, "shared");
    new YandexProvider(shared, "yandex", {});
    const registry = new Registry(shared, "Registry", { name: "cr-ws-images" });
    const gateway = new WebsocketGateway(shared, "Gateway", { name: "cr-ws-events" });
    for (const [env, triggers] of Object.entries(environments)) {
      const stack = new TerraformStack(app, env);
      new YandexProvider(stack, "yandex", {});
      for (const [id, props] of Object.entries(triggers)) new CrWebsocketTrigger(stack, id, { registry, gateway, ...props });
    }
  });
}

/** The example's two environments: one trigger each on `/dev` and `/prod`. */
export const EXAMPLE: Record<string, Triggers> = {
  dev: { RegistryEvents: { name: "cr-ws-dev", websocketPath: "/dev" } },
  prod: { RegistryEvents: { name: "cr-ws-prod", websocketPath: "/prod", batchSize: 10 } },
};

/** The change of issue 14: a second dev trigger on the new path `/dev-audit`. */
export const WITH_DEV_AUDIT: Record<string, Triggers> = {
  ...EXAMPLE,
  dev: { ...EXAMPLE.dev, AuditEvents: { name: "cr-ws-dev-audit", websocketPath: "/dev-audit" } },
};

/**
 * The trigger's shape in raw bindings: a service account (an L1 "Default" under "ServiceAccount"),
 * a folder grant to it, a trigger ("Resource") that refers to both and to a gateway data source.
 */
class SmallEvents extends Construct {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    const account = new IamServiceAccount(new Construct(this, "ServiceAccount"), "Default", { name: "cr-ws-dev-sa" });
    const gateway = new DataYandexApiGateway(this, "GatewayLookup", { apiGatewayId: "d5d0gateway" });
    const grant = new ResourcemanagerFolderIamMember(this, "BroadcasterGrant", {
      folderId: gateway.folderId,
      role: "api-gateway.websocketBroadcaster",
      member: `serviceAccount:${account.id}`,
    });
    new ServerlessTriggers(this, "Resource", {
      name: "cr-ws-dev",
      source: {
        containerRegistry: {
          registryId: "crp0registry",
          eventType: ["CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"],
          batchSettings: { maxCount: 1, cutoff: "1s" },
        },
      },
      action: [{ gatewayWebsocketBroadcast: { gatewayId: gateway.apiGatewayId, path: "/dev", serviceAccountId: account.id } }],
      dependsOn: [grant],
    });
  }
}

/**
 * A one-stack app (`dev`) with {@link SmallEvents} at `path` (parents are plain constructs), which
 * says with `movedFrom` where it lived before when `previousPath` is given.
 */
export function smallEventsApp(path = "RegistryEvents", previousPath?: string): Record<string, StackDocument> {
  return synthApp((app) => {
    const stack = new TerraformStack(app, "dev");
    new YandexProvider(stack, "yandex", {});
    const ids = path.split("/");
    const parent = ids.slice(0, -1).reduce<Construct>((scope, id) => new Construct(scope, id), stack);
    const events = new SmallEvents(parent, ids[ids.length - 1]);
    if (previousPath !== undefined) declareMovedFrom(events, "SmallEvents.movedFrom()", previousPath);
  });
}

/** `text` with `from` replaced by `to`; throws when `from` is not there, so an edit of main.ts never silently does nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`main.ts no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/**
 * An edit of main.ts (for `cloneWithCommit`): each environment's trigger moves from
 * `RegistryEvents` to `Team/Events` and says where it was, so its resources are kept.
 */
export function moveIntoTeam(main: string): string {
  const moved = replaceOnce(
    main,
    'const trigger = new CrWebsocketTrigger(this, "RegistryEvents", {',
    'const trigger = new CrWebsocketTrigger(new Construct(this, "Team"), "Events", {',
  );
  const declared = replaceOnce(
    moved,
    '    new TerraformOutput(this, "websocket_url"',
    '    trigger.movedFrom("RegistryEvents");\n    new TerraformOutput(this, "websocket_url"',
  );
  return declared;
}
