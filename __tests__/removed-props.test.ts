import { CrWebsocketTrigger } from "../lib";
import { newStack } from "./helpers/synth";

// The props removed in 0.2.0 must not compile: `npm test` type-checks this file first, and the
// type-check fails on each expect-error directive whose line compiles. At run time they are unknown.
describe("removed CrWebsocketTrigger props", () => {
  test("registryId, serviceAccountId, gatewayId and batchCutoff do not type-check, and create nothing by id", () => {
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
});
