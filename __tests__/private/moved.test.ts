import { TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { ContainerRegistry } from "../../.gen/providers/yandex/container-registry";
import { DataYandexApiGateway } from "../../.gen/providers/yandex/data-yandex-api-gateway";
import { IamServiceAccount } from "../../.gen/providers/yandex/iam-service-account";
import { CrWebsocketTrigger, Registry, ServiceAccount, WebsocketGateway } from "../../lib";
import { PropValidationError } from "../../lib/prop-validation-error";
import { declareMovedFrom } from "../../lib/private/moved";
import { newStack, synthStack, SynthesizedStack } from "../helpers/synth";

/**
 * A plain construct shaped like the library's: an L1 "Resource" (hidden from the readable part of
 * the id), a child construct wrapping an L1 "Default" (left out of the id), a repeated id
 * ("Events/Events"), a data source, and a resource added only after `movedFrom` is called.
 */
class Events extends Construct {
  public constructor(scope: Construct, id: string) {
    super(scope, id);
    new ContainerRegistry(this, "Resource", { name: "images" });
    const account = new Construct(this, "ServiceAccount");
    new IamServiceAccount(account, "Default", { name: "sa" });
    new IamServiceAccount(new Construct(this, "Events"), "Inner", { name: "inner" });
    new DataYandexApiGateway(this, "Lookup", { apiGatewayId: "d5d0gateway" });
  }

  public movedFrom(previousPath: string): this {
    declareMovedFrom(this, "Events.movedFrom()", previousPath);
    return this;
  }

  public addLater(): void {
    new IamServiceAccount(this, "Later", { name: "later" });
  }
}

interface Moved {
  readonly from: string;
  readonly to: string;
}

/** Every resource address of a synthesized stack, sorted. */
function addresses(doc: SynthesizedStack): string[] {
  return Object.entries(doc.resource ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

/** Builds `Events` at `path` (parents created as plain constructs) in a new stack, with the late child added. */
function build(path: string, previousPath?: string): { stack: TerraformStack; events: Events } {
  const stack = newStack("dev");
  const ids = path.split("/");
  const parent = ids.slice(0, -1).reduce<Construct>((scope, id) => new Construct(scope, id), stack);
  const events = new Events(parent, ids[ids.length - 1]);
  if (previousPath !== undefined) events.movedFrom(previousPath);
  events.addLater();
  return { stack, events };
}

/** The moved blocks of the app at `path` that says it was at `previousPath`, and the addresses cdktf really gave at the old path. */
function movesFor(previousPath: string, path: string): { moved: Moved[]; old: string[]; now: string[] } {
  const old = addresses(synthStack(build(previousPath).stack));
  const doc = synthStack(build(path, previousPath).stack) as SynthesizedStack & { moved?: Moved[] };
  return { moved: [...(doc.moved ?? [])].sort((a, b) => a.from.localeCompare(b.from)), old, now: addresses(doc) };
}

describe("declareMovedFrom", () => {
  test("a rename: every resource moves from the address cdktf allocates at the old path, to its address now", () => {
    const { moved, old, now } = movesFor("RegistryEvents", "Events");
    expect(moved.map((m) => m.from)).toEqual(old);
    expect(moved.map((m) => m.to).sort()).toEqual(now);
    // the address the trigger's "Resource" has at RegistryEvents in the example app
    expect(moved).toContainEqual({ from: "yandex_container_registry.RegistryEvents_18FFFB51", to: "yandex_container_registry.Events_D32975C2" });
    expect(old).toHaveLength(4);
  });

  test("a move into a parent construct (Events to Team/Events) moves every resource, the late one too", () => {
    const { moved, old, now } = movesFor("Events", "Team/Events");
    expect(moved.map((m) => m.from)).toEqual(old);
    expect(moved.map((m) => m.to).sort()).toEqual(now);
    expect(moved.map((m) => m.to)).toContainEqual(expect.stringMatching(/^yandex_iam_service_account\.Team_Events_Later_/));
  });

  test("a move out of a parent and a rename at once (Team/Old to New)", () => {
    const { moved, old } = movesFor("Team/Old", "New");
    expect(moved.map((m) => m.from)).toEqual(old);
  });

  test("the data source gets no moved block, and the resources are written under their new address", () => {
    const doc = synthStack(build("Events", "RegistryEvents").stack) as SynthesizedStack & { moved?: Moved[] };
    expect(Object.keys(doc.data?.yandex_api_gateway ?? {})).toEqual([expect.stringMatching(/^Events_Lookup_/)]);
    expect(doc.moved!.some((m) => m.from.startsWith("data."))).toBe(false);
    expect(doc.moved).toHaveLength(4);
  });

  test("synthesizing twice adds each moved block once", () => {
    const { stack } = build("Events", "RegistryEvents");
    synthStack(stack);
    expect((synthStack(stack) as { moved?: Moved[] }).moved).toHaveLength(4);
  });

  test("a resource with an overridden logical id gets no moved block: its address does not follow the path", () => {
    const { stack, events } = build("Events", "RegistryEvents");
    new IamServiceAccount(events, "Pinned", { name: "pinned" }).overrideLogicalId("pinned");
    const moved = (synthStack(stack) as { moved?: Moved[] }).moved ?? [];
    expect(moved.map((m) => m.to)).not.toContain("yandex_iam_service_account.pinned");
    expect(moved).toHaveLength(4);
  });

  test("a nested construct's own movedFrom wins for its subtree", () => {
    const { stack, events } = build("Events", "RegistryEvents");
    const inner = events.node.findChild("Events") as Construct;
    declareMovedFrom(inner, "Inner.movedFrom()", "Elsewhere");
    const moved = (synthStack(stack) as { moved?: Moved[] }).moved ?? [];
    const innerMove = moved.find((m) => m.to.includes("_Inner_"))!;
    const scratch = newStack("dev");
    new IamServiceAccount(new Construct(scratch, "Elsewhere"), "Inner", { name: "inner" });
    expect(innerMove.from).toBe(addresses(synthStack(scratch))[0]);
    expect(moved.filter((m) => m.from.includes("RegistryEvents"))).toHaveLength(3);
  });

  test("movedFrom on a construct names the construct's method in its error", () => {
    const stack = newStack("dev");
    const made = new CrWebsocketTrigger(stack, "Events", { name: "events" });
    expect(() => made.movedFrom("Events")).toThrow(
      /^Invalid CrWebsocketTrigger\.movedFrom\(\) arguments at "dev\/Events"[^]*previousPath: got "Events"/,
    );
  });

  test("on the library's constructs: a trigger with defaults moves its registry, account, gateway, grant and trigger", () => {
    const trigger = (path: string, previousPath?: string) => {
      const stack = newStack("dev");
      const ids = path.split("/");
      const parent = ids.slice(0, -1).reduce<Construct>((scope, id) => new Construct(scope, id), stack);
      const made = new CrWebsocketTrigger(parent, ids[ids.length - 1], { name: "events" });
      if (previousPath !== undefined) made.movedFrom(previousPath);
      return synthStack(stack) as SynthesizedStack & { moved?: Moved[] };
    };
    const old = addresses(trigger("RegistryEvents"));
    const doc = trigger("Team/Events", "RegistryEvents");
    expect(old).toHaveLength(5);
    expect(doc.moved!.map((m) => m.from).sort()).toEqual(old);
    expect(doc.moved!.map((m) => m.to).sort()).toEqual(addresses(doc));
  });

  test("on the library's Registry, ServiceAccount and WebsocketGateway: the L1 under Default or Resource moves", () => {
    const stack = newStack("dev");
    const made: Array<Registry | ServiceAccount | WebsocketGateway> = [
      new Registry(stack, "Images", { name: "images" }),
      new ServiceAccount(stack, "Bot", { name: "bot" }),
      new WebsocketGateway(stack, "Gw"),
    ];
    made.forEach((c, i) => c.movedFrom(["Registry", "Account", "Gateway"][i]));
    const before = newStack("dev");
    new Registry(before, "Registry", { name: "images" });
    new ServiceAccount(before, "Account", { name: "bot" });
    new WebsocketGateway(before, "Gateway");
    const doc = synthStack(stack) as SynthesizedStack & { moved?: Moved[] };
    expect(doc.moved!.map((m) => m.from).sort()).toEqual(addresses(synthStack(before)));
    expect(doc.moved).toContainEqual({ from: "yandex_container_registry.Registry", to: "yandex_container_registry.Images" });
  });

  describe("fails when", () => {
    const attempt = (previousPath: unknown) => () => build("Team/Events", previousPath as string);

    test.each([
      ["empty", "", /previousPath: got ""; must be construct ids joined by "\/" inside the stack, such as "RegistryEvents" or "Team\/Events"/],
      ["with a leading slash", "/Events", /previousPath: got "\/Events"; must be construct ids joined by "\/"/],
      ["with a doubled slash", "Team//Events", /no empty id/],
      ["not a string", 42, /previousPath: got 42; must be a string/],
    ])("previousPath is %s", (_what, value, message) => {
      expect(attempt(value)).toThrow(PropValidationError);
      expect(attempt(value)).toThrow(message);
    });

    test("previousPath is the current path", () => {
      expect(attempt("Team/Events")).toThrow(
        /Invalid Events\.movedFrom\(\) arguments at "dev\/Team\/Events" \(1 problem\):\n {2}- previousPath: got "Team\/Events"; is where the construct is now/,
      );
    });

    test("movedFrom is called twice", () => {
      const { events } = build("Events", "Old");
      expect(() => events.movedFrom("Older")).toThrow(/previousPath: got "Older"; movedFrom was already called with "Old"/);
    });

    test("the old address belongs to another resource now (a new construct took the old id), at synth", () => {
      const { stack } = build("Events", "RegistryEvents");
      new Events(stack, "RegistryEvents");
      expect(() => synthStack(stack)).toThrow(
        /previousPath: got "RegistryEvents"; gives yandex_\w+\.Events_\w+ the old address yandex_\w+\.RegistryEvents_\w+, which another resource in the stack has now/,
      );
    });

    test("a construct takes the old id between two synths of one app: the second synth sees the stack as it is now", () => {
      const { stack } = build("Events", "RegistryEvents");
      expect((synthStack(stack) as { moved?: Moved[] }).moved).toHaveLength(4);
      new Events(stack, "RegistryEvents");
      expect(() => synthStack(stack)).toThrow(
        /previousPath: got "RegistryEvents"; gives yandex_\w+\.Events_\w+ the old address .*which another resource in the stack has now/,
      );
    });

    test("previousPath starts with a stack's name (a move across stacks), at synth", () => {
      const { stack } = build("Events", "prod/Events");
      new TerraformStack(stack.node.root as Construct, "prod");
      expect(() => synthStack(stack)).toThrow(
        /previousPath: got "prod\/Events"; starts with the stack "prod": give the path inside the stack "dev".*terraform state mv, or import/,
      );
    });
  });
});
