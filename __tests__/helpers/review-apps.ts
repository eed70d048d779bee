import { App, TerraformStack } from "cdktf";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { CrWebsocketTrigger, CrWebsocketTriggerProps, Registry, WebsocketGateway } from "../../lib";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
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
