import { Testing } from "cdktf";
import { Construct } from "constructs";
import { DataYandexApiGateway } from "../.gen/providers/yandex/data-yandex-api-gateway";
import { BroadcasterRoleGrant, CrWebsocketTrigger, Registry, ServiceAccount, WebsocketGateway } from "../lib";
import * as recorded from "./fixtures/addresses-9bf057d.json";
import { runExampleApp } from "./helpers/run-app";
import { newStack, SynthesizedStack } from "./helpers/synth";

// Addresses are public API: a changed one makes Terraform destroy and recreate the resource (a new
// trigger id, a new account, a revoked grant). These were recorded before the typed-reference API.

function addressesOf(stack: SynthesizedStack & { output?: Record<string, unknown> }): string[] {
  const list: string[] = [];
  for (const [type, byName] of Object.entries(stack.resource ?? {})) for (const name of Object.keys(byName)) list.push(`${type}.${name}`);
  for (const [type, byName] of Object.entries(stack.data ?? {})) for (const name of Object.keys(byName)) list.push(`data.${type}.${name}`);
  for (const name of Object.keys(stack.output ?? {})) list.push(`output.${name}`);
  return list.sort();
}

const CASES: Record<keyof typeof recorded.constructCases, (scope: Construct) => void> = {
  defaults: (scope) => new CrWebsocketTrigger(scope, "Events"),
  gatewayScope: (scope) => new CrWebsocketTrigger(scope, "Events", { broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY }),
  sharedGateway: (scope) => {
    const gateway = new WebsocketGateway(scope, "Gateway");
    new CrWebsocketTrigger(scope, "A", { gateway, websocketPath: "/a" });
    new CrWebsocketTrigger(scope, "B", { gateway, websocketPath: "/b" });
  },
};

describe("Terraform addresses", () => {
  test.each(Object.keys(CASES) as Array<keyof typeof CASES>)("of the construct case %s are those recorded at 9bf057d", (name) => {
    const synthesized = JSON.parse(Testing.synthScope(CASES[name])) as SynthesizedStack;
    expect(addressesOf(synthesized)).toEqual(recorded.constructCases[name]);
  });

  test("of every stack of the example app are those recorded at 9bf057d", () => {
    const run = runExampleApp();
    const now = Object.fromEntries(Object.entries(run.stacks).map(([name, stack]) => [name, addressesOf(stack as SynthesizedStack)]));
    expect(now).toEqual(recorded.exampleApp);
  });

  test("every L2's L1 is its node.defaultChild: `Resource`, or `Default` where it keeps the address of the construct's path", () => {
    const stack = newStack();
    const trigger = new CrWebsocketTrigger(stack, "Events");
    const gateway = new WebsocketGateway(stack, "Gateway");
    const registry = new Registry(stack, "Images");
    const account = new ServiceAccount(stack, "Broadcaster");
    const imported = WebsocketGateway.fromGatewayId(stack, "Existing", "d5d0existing");
    expect([trigger, gateway, registry, account].map((c) => [c.node.defaultChild === c.resource, c.resource.node.id])).toEqual([
      [true, "Resource"],
      [true, "Resource"],
      [true, "Default"],
      [true, "Default"],
    ]);
    expect(imported.node.defaultChild).toBeInstanceOf(DataYandexApiGateway);
  });
});
