import { Testing } from "cdktf";
import { Construct } from "constructs";
import { BroadcasterGrantScope, CrWebsocketTrigger, WebsocketGateway } from "../lib";
import * as recorded from "./fixtures/addresses-9bf057d.json";
import { runExampleApp } from "./helpers/run-app";
import { SynthesizedStack } from "./helpers/synth";

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
  gatewayScope: (scope) => new CrWebsocketTrigger(scope, "Events", { grantScope: BroadcasterGrantScope.GATEWAY }),
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
});
