import { CrWebsocketTrigger, Registry } from "../lib";
import { newStack } from "./helpers/synth";

// Removed props must not compile: `npm test` type-checks this file first, and the type-check fails
// on each expect-error directive whose line compiles. At run time they are unknown.
describe("removed props", () => {
  test("CrWebsocketTrigger: registryId, serviceAccountId, gatewayId and batchCutoff (0.2.0) do not type-check, and create nothing by id", () => {
    const stack = newStack();
    // @ts-expect-error registryId was removed: pass registry: Registry.fromRegistryId(...)
    const a = new CrWebsocketTrigger(stack, "A", { registryId: "crp0r", folderId: "b1ga" });
    // @ts-expect-error serviceAccountId was removed: pass serviceAccount: ServiceAccount.fromServiceAccountId(...)
    const b = new CrWebsocketTrigger(stack, "B", { serviceAccountId: "aje0s", folderId: "b1gb" });
    // @ts-expect-error gatewayId was removed: pass gateway: WebsocketGateway.fromGatewayId(...)
    const c = new CrWebsocketTrigger(stack, "C", { gatewayId: "d5d0g", folderId: "b1gc" });
    // @ts-expect-error batchCutoff was removed: use batchCutoffSeconds
    new CrWebsocketTrigger(stack, "D", { batchCutoff: 5, folderId: "b1gd" });
    expect([a.registryId, b.serviceAccountId, c.gatewayId]).not.toContain("crp0r");
    expect([a.registryId, b.serviceAccountId, c.gatewayId]).not.toContain("aje0s");
    expect([a.registryId, b.serviceAccountId, c.gatewayId]).not.toContain("d5d0g");
  });

  test("grantBroadcasterRole, grantScope (CrWebsocketTrigger) and retain (Registry) (1.0.0) do not type-check", () => {
    const stack = newStack();
    // @ts-expect-error grantBroadcasterRole was removed: use broadcasterRoleGrant (BroadcasterRoleGrant.NONE for false)
    new CrWebsocketTrigger(stack, "A", { grantBroadcasterRole: false, folderId: "b1ga" });
    // @ts-expect-error grantScope was removed: use broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY
    new CrWebsocketTrigger(stack, "B", { grantScope: "gateway", folderId: "b1gb" });
    // @ts-expect-error retain was removed: use removalPolicy (RemovalPolicy.DESTROY for false)
    const registry = new Registry(stack, "Images", { retain: false });
    expect(registry.removalPolicy).toBe("prevent-destroy");
  });
});
