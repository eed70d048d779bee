import { TerraformStack } from "cdktf";
import { CrWebsocketTrigger, Registry, ServiceAccount, WebsocketGateway } from "../../lib";
import { BenchShape } from "./cases";

const BATCH = { batchSize: 10, batchCutoffSeconds: 5 };

/** The benchmark's triggers as CrWebsocketTrigger constructs, with the Registry, ServiceAccount and WebsocketGateway the shape shares. */
export function constructTriggers(stack: TerraformStack, shape: BenchShape, n: number): void {
  if (shape === BenchShape.PER_FOLDER) {
    for (let i = 0; i < n; i++) new CrWebsocketTrigger(stack, `T${i}`, { name: `trigger-${i}`, folderId: `b1gfolder${i}`, ...BATCH });
    return;
  }
  const registry = new Registry(stack, "Registry", { name: "bench-registry" });
  if (shape === BenchShape.SHARED_REGISTRY) {
    for (let i = 0; i < n; i++) new CrWebsocketTrigger(stack, `T${i}`, { name: `trigger-${i}`, registry, ...BATCH });
    return;
  }
  const serviceAccount = new ServiceAccount(stack, "Account", { name: "bench-sa" });
  const gateway = new WebsocketGateway(stack, "Gateway", { name: "bench-gw" });
  for (let i = 0; i < n; i++) {
    new CrWebsocketTrigger(stack, `T${i}`, { name: `trigger-${i}`, registry, serviceAccount, gateway, websocketPath: `/ws${i}`, ...BATCH });
  }
}
