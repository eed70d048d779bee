import { App, TerraformStack } from "cdktf";
import { YandexProvider } from "../../.gen/providers/yandex/provider";

/** How a benchmark stack declares its triggers. */
export enum BenchKind {
  /** CrWebsocketTrigger constructs (and the Registry, ServiceAccount and WebsocketGateway the shape shares). */
  CONSTRUCT = "construct",
  /** The same resources, in the same folders, written directly with the generated bindings. */
  RAW = "raw",
  /** The same raw resources at the addresses the constructs give them, under plain constructs: the cost of the deeper tree alone. */
  RAW_AT_ADDRESSES = "raw-at-addresses",
}

/** What the triggers of a benchmark stack share. */
export enum BenchShape {
  /** Each trigger with defaults in its own folder (`folderId: "b1gfolder<i>"`): registry, account, gateway, grant and trigger each. */
  PER_FOLDER = "per-folder",
  /** One Registry in the provider's folder; each trigger creates its own account, gateway and grant. */
  SHARED_REGISTRY = "shared-registry",
  /** One Registry, ServiceAccount and WebsocketGateway; every trigger broadcasts to its own path of the one gateway. */
  SHARED_GATEWAY = "shared-gateway",
}

/** Declares a benchmark's triggers in `stack`: the construct kind (construct-cases.ts) or the raw one (raw-cases.ts). */
export type DeclareTriggers = (stack: TerraformStack, shape: BenchShape, n: number) => void;

/** Declares `n` triggers of the given shape with `declare` in a new stack of `app`. */
export function benchStack(app: App, shape: BenchShape, n: number, declare: DeclareTriggers): TerraformStack {
  const stack = new TerraformStack(app, "bench");
  new YandexProvider(stack, "yandex", {});
  declare(stack, shape, n);
  return stack;
}
