import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { ApiGatewayIamMember } from "../.gen/providers/yandex/api-gateway-iam-member";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { ResourcemanagerFolderIamMember } from "../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../.gen/providers/yandex/serverless-triggers";
import { YandexProvider } from "../.gen/providers/yandex/provider";
import { BroadcasterGrantScope, CrWebsocketTrigger, IWebsocketGateway, WebsocketGateway } from "../lib";
import { newStack, resourcesOfType, synth } from "./helpers/synth";

const FOLDER_GRANT = "yandex_resourcemanager_folder_iam_member";

/** Which triggers' `depends_on` name which grant address, by trigger name. */
function dependenciesByTrigger(synthesized: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(resourcesOfType(synthesized, ServerlessTriggers)).map((t) => [(t.name as string).slice(0, 1), t.depends_on]),
  );
}

type TriggerName = "a" | "b" | "c" | "d";

/**
 * The sharing case of issue 13: four triggers on one gateway; B reuses A's created account, C and
 * D share one account passed by id; every one asks for the broadcaster role.
 */
function fourTriggers(include: TriggerName[] = ["a", "b", "c", "d"], grantScope?: BroadcasterGrantScope): string {
  const stack = newStack();
  const gateway = new WebsocketGateway(stack, "Gateway", { name: "shared-gw" });
  const common = { gateway, registryId: "crp0registry", grantBroadcasterRole: true, grantScope };
  const a = new CrWebsocketTrigger(stack, "A", { ...common, name: "a-events", websocketPath: "/a" });
  if (include.includes("b"))
    new CrWebsocketTrigger(stack, "B", { ...common, name: "b-events", websocketPath: "/b", serviceAccountId: a.serviceAccountId });
  for (const name of ["c", "d"] as const) {
    if (include.includes(name))
      new CrWebsocketTrigger(stack, name.toUpperCase(), {
        ...common,
        name: `${name}-events`,
        websocketPath: `/${name}`,
        serviceAccountId: "aje0shared",
      });
  }
  // A is kept in every variant: removing it removes the account B borrows
  return synth(stack);
}

describe("broadcaster grants", () => {
  describe("four triggers share one gateway (B reuses A's created account, C and D share one passed by id)", () => {
    const synthesized = fourTriggers();
    const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
    const [saId] = Object.keys(resourcesOfType(synthesized, IamServiceAccount));
    const addressOf = (member: string) => `${FOLDER_GRANT}.${Object.keys(grants).find((id) => grants[id].member === member)}`;

    test("yield exactly one grant per distinct member", () => {
      expect(Object.values(grants).map((g) => g.member)).toEqual(
        expect.arrayContaining([`serviceAccount:\${yandex_iam_service_account.${saId}.id}`, "serviceAccount:aje0shared"]),
      );
      expect(Object.keys(grants)).toHaveLength(2);
    });

    test("make every trigger depend on the grant its own account has", () => {
      const created = addressOf(`serviceAccount:\${yandex_iam_service_account.${saId}.id}`);
      const byId = addressOf("serviceAccount:aje0shared");
      expect(dependenciesByTrigger(synthesized)).toEqual({ a: [created], b: [created], c: [byId], d: [byId] });
    });

    test("keep the created account's grant with the trigger that created it, and the other at the stack's root", () => {
      expect(Object.keys(grants).sort()).toEqual([
        expect.stringMatching(/^A_BroadcasterGrant_[0-9A-F]{8}$/),
        expect.stringMatching(/^BroadcasterGrant[0-9A-F]{8}$/),
      ]);
    });

    test("with grantScope: GATEWAY, yield one gateway grant per member and no folder grant", () => {
      const gatewayScoped = fourTriggers(undefined, BroadcasterGrantScope.GATEWAY);
      expect(gatewayScoped).not.toHaveResource(ResourcemanagerFolderIamMember);
      const gatewayGrants = resourcesOfType(gatewayScoped, ApiGatewayIamMember);
      expect(Object.keys(gatewayGrants)).toHaveLength(2);
      const byId = Object.keys(gatewayGrants).find((id) => gatewayGrants[id].member === "serviceAccount:aje0shared");
      const created = Object.keys(gatewayGrants).find((id) => id !== byId);
      const deps = dependenciesByTrigger(gatewayScoped);
      expect(deps).toEqual({
        a: [`yandex_api_gateway_iam_member.${created}`],
        b: [`yandex_api_gateway_iam_member.${created}`],
        c: [`yandex_api_gateway_iam_member.${byId}`],
        d: [`yandex_api_gateway_iam_member.${byId}`],
      });
    });
  });

  describe("removing one of two triggers that share an account leaves the grant in place", () => {
    const all = resourcesOfType(fourTriggers(), ResourcemanagerFolderIamMember);

    test.each([["b"], ["c"], ["d"]] as TriggerName[][])("without %s, both grants keep their address and body", (removed) => {
      const remaining = (["a", "b", "c", "d"] as TriggerName[]).filter((t) => t !== removed);
      expect(resourcesOfType(fourTriggers(remaining), ResourcemanagerFolderIamMember)).toEqual(all);
    });

    test("without C and D, only their grant goes", () => {
      const left = resourcesOfType(fourTriggers(["a", "b"]), ResourcemanagerFolderIamMember);
      expect(Object.keys(left)).toHaveLength(1);
      expect(left).toEqual(
        expect.objectContaining(Object.fromEntries(Object.entries(all).filter(([, g]) => g.member !== "serviceAccount:aje0shared"))),
      );
    });
  });

  describe("across stacks", () => {
    function appWithSharedGateway(): { app: App; gateway: WebsocketGateway; stack: (id: string) => TerraformStack } {
      const app = Testing.app();
      const stack = (id: string) => {
        const s = new TerraformStack(app, id);
        new YandexProvider(s, "yandex", {});
        return s;
      };
      const gateway = new WebsocketGateway(stack("shared"), "Gateway", { name: "shared-gw" });
      return { app, gateway, stack };
    }

    test("each stack gets its own grant, inside it, and its trigger depends on that one", () => {
      const { gateway, stack } = appWithSharedGateway();
      const dev = stack("dev");
      const prod = stack("prod");
      for (const [s, name] of [
        [dev, "dev"],
        [prod, "prod"],
      ] as const) {
        new CrWebsocketTrigger(s, "Events", {
          name,
          gateway,
          registryId: "crp0r",
          serviceAccountId: "aje0shared",
          grantBroadcasterRole: true,
          websocketPath: `/${name}`,
        });
      }
      const shared = synth(gateway.node.scope as TerraformStack);
      expect(shared).not.toHaveResource(ResourcemanagerFolderIamMember);
      for (const s of [dev, prod]) {
        const synthesized = synth(s);
        const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
        expect(Object.values(grants)).toEqual([
          expect.objectContaining({
            member: "serviceAccount:aje0shared",
            folder_id: expect.stringMatching(/^\$\{yandex_api_gateway\.Gateway_[0-9A-F]{8}\.folder_id\}$/),
          }),
        ]);
        expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { depends_on: [`${FOLDER_GRANT}.${Object.keys(grants)[0]}`] });
      }
    });

    test("an account created in one stack and used by a trigger in another is granted in the trigger's stack", () => {
      const { gateway, stack } = appWithSharedGateway();
      const dev = stack("dev");
      const account = new IamServiceAccount(stack("accounts"), "Account", { name: "broadcaster" });
      new CrWebsocketTrigger(dev, "Events", { gateway, registryId: "crp0r", serviceAccountId: account.id, grantBroadcasterRole: true });
      const synthesized = synth(dev);
      const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
      expect(Object.keys(grants)).toEqual([expect.stringMatching(/^BroadcasterGrant[0-9A-F]{8}$/)]);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { depends_on: [`${FOLDER_GRANT}.${Object.keys(grants)[0]}`] });
    });
  });

  describe("gateways given by id", () => {
    test("two triggers importing the same gateway id share one folder grant for one account", () => {
      const synthesized = Testing.synthScope((scope) => {
        for (const id of ["C", "D"]) {
          new CrWebsocketTrigger(scope, id, {
            gatewayId: "d5d0g",
            registryId: "crp0r",
            serviceAccountId: "aje0shared",
            grantBroadcasterRole: true,
            websocketPath: `/${id}`,
          });
        }
      });
      const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
      expect(Object.keys(grants)).toHaveLength(1);
      for (const trigger of Object.values(resourcesOfType(synthesized, ServerlessTriggers))) {
        expect(trigger.depends_on).toEqual([`${FOLDER_GRANT}.${Object.keys(grants)[0]}`]);
      }
    });

    test("a gateway-scoped grant on a gateway given by id keeps its address and body when the trigger that made it first is removed", () => {
      const gatewayGrants = (ids: string[]) =>
        resourcesOfType(
          Testing.synthScope((scope) => {
            for (const id of ids) {
              new CrWebsocketTrigger(scope, id, {
                gatewayId: "d5d0g",
                registryId: "crp0r",
                serviceAccountId: "aje0shared",
                grantScope: BroadcasterGrantScope.GATEWAY,
                grantBroadcasterRole: true,
                websocketPath: `/${id}`,
              });
            }
          }),
          ApiGatewayIamMember,
        );
      const both = gatewayGrants(["C", "D"]);
      expect(Object.values(both)).toEqual([expect.objectContaining({ api_gateway_id: "d5d0g", member: "serviceAccount:aje0shared" })]);
      expect(gatewayGrants(["D"])).toEqual(both);
    });
  });

  describe("grantBroadcast", () => {
    function check(gatewayOf: (scope: Construct) => IWebsocketGateway) {
      const stack = newStack();
      const gateway = gatewayOf(stack);
      const account = new IamServiceAccount(stack, "Account", { name: "broadcaster" });
      return { stack, gateway, account };
    }

    test.each([
      ["a created gateway", (scope: Construct) => new WebsocketGateway(scope, "Gateway")],
      ["an imported gateway", (scope: Construct) => WebsocketGateway.fromGatewayId(scope, "Gateway", "d5d0g")],
    ])("on %s returns the same grant for the same account, however its id is spelled", (_, gatewayOf) => {
      const { gateway, account } = check(gatewayOf);
      const first = gateway.grantBroadcast(account.id);
      expect(gateway.grantBroadcast(account.id)).toBe(first);
      expect(gateway.grantBroadcast(account.id, BroadcasterGrantScope.FOLDER)).toBe(first);
      expect(gateway.grantBroadcast(account.id, BroadcasterGrantScope.GATEWAY)).not.toBe(first);
      expect(gateway.grantBroadcast("aje0other")).not.toBe(first);
    });

    test("makes a folder grant at the root of the gateway's stack by default, and a gateway grant on request", () => {
      const { stack, gateway, account } = check((scope) => new WebsocketGateway(scope, "Gateway", { folderId: "b1gfolder" }));
      const folderGrant = gateway.grantBroadcast(account.id);
      const gatewayGrant = gateway.grantBroadcast(account.id, BroadcasterGrantScope.GATEWAY);
      expect(folderGrant.node.scope).toBe(stack);
      expect(folderGrant).toBeInstanceOf(ResourcemanagerFolderIamMember);
      expect(gatewayGrant).toBeInstanceOf(ApiGatewayIamMember);
      const synthesized = synth(stack);
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, {
        folder_id: "b1gfolder",
        role: "api-gateway.websocketBroadcaster",
      });
      expect(synthesized).toHaveResourceWithProperties(ApiGatewayIamMember, {
        api_gateway_id: expect.stringMatching(/^\$\{yandex_api_gateway\.Gateway_[0-9A-F]{8}\.id\}$/),
        member: expect.stringMatching(/^serviceAccount:\$\{yandex_iam_service_account\.Account\.id\}$/),
        sleep_after: 30,
      });
    });

    test("creates the grant under an owner that is not a stack, with a fixed id per scope", () => {
      const { stack, gateway, account } = check((scope) => new WebsocketGateway(scope, "Gateway"));
      const owner = new Construct(stack, "Owner");
      expect(gateway.grantBroadcast(account.id, BroadcasterGrantScope.FOLDER, owner).node.path).toBe("test/Owner/BroadcasterGrant");
      expect(gateway.grantBroadcast(account.id, BroadcasterGrantScope.GATEWAY, owner).node.path).toBe("test/Owner/GatewayBroadcasterGrant");
    });

    test("an owner's grant is found again by a later request for the same account, and an owner's repeat returns it", () => {
      const { stack, gateway, account } = check((scope) => new WebsocketGateway(scope, "Gateway"));
      const owner = new Construct(stack, "Owner");
      const owned = gateway.grantBroadcast(account.id, BroadcasterGrantScope.FOLDER, owner);
      expect(gateway.grantBroadcast(account.id, BroadcasterGrantScope.FOLDER, owner)).toBe(owned);
      expect(gateway.grantBroadcast(account.id)).toBe(owned);
      expect(Object.keys(resourcesOfType(synth(stack), ResourcemanagerFolderIamMember))).toEqual([
        expect.stringMatching(/^Owner_BroadcasterGrant_[0-9A-F]{8}$/),
      ]);
    });

    test("an owner asking for an account the stack already granted gets the stack's grant", () => {
      const stack = newStack();
      const gateway = new WebsocketGateway(stack, "Gateway");
      const held = gateway.grantBroadcast("aje0s");
      expect(gateway.grantBroadcast("aje0s", BroadcasterGrantScope.FOLDER, new Construct(stack, "Owner"))).toBe(held);
      expect(gateway.grantBroadcast("aje0t", BroadcasterGrantScope.FOLDER, new Construct(stack, "Other"))).not.toBe(held);
    });

    test("fails when one owner asks for a second, different grant of the same scope (one fixed id per scope)", () => {
      const stack = newStack();
      const owner = new Construct(stack, "Owner");
      new WebsocketGateway(stack, "G1", { folderId: "b1gone" }).grantBroadcast("aje0s", BroadcasterGrantScope.FOLDER, owner);
      expect(() => new WebsocketGateway(stack, "G2", { folderId: "b1gtwo" }).grantBroadcast("aje0s", BroadcasterGrantScope.FOLDER, owner)).toThrow(
        /There is already a Construct with name 'BroadcasterGrant'/,
      );
    });

    test("shares one folder grant between gateways created in the same folder, and not between folders", () => {
      const stack = newStack();
      const grant = (id: string, folderId?: string) => new WebsocketGateway(stack, id, { folderId }).grantBroadcast("aje0s");
      expect(grant("G1")).toBe(grant("G2"));
      expect(grant("G3", "b1gf")).toBe(grant("G4", "b1gf"));
      expect(grant("G5", "b1gother")).not.toBe(grant("G6", "b1gf"));
      expect(grant("G7")).not.toBe(grant("G8", "b1gf"));
    });

    test("does not share a folder grant between gateways created without a folder in different stacks", () => {
      const app = Testing.app();
      const [s1, s2, dev] = ["s1", "s2", "dev"].map((id) => new TerraformStack(app, id));
      const g1 = new WebsocketGateway(s1, "Gateway");
      const g2 = new WebsocketGateway(s2, "Gateway");
      expect(g1.grantBroadcast("aje0s", BroadcasterGrantScope.FOLDER, dev)).not.toBe(g2.grantBroadcast("aje0s", BroadcasterGrantScope.FOLDER, dev));
    });

    test("shares a gateway grant only for the same gateway", () => {
      const stack = newStack();
      const g1 = new WebsocketGateway(stack, "G1");
      const g2 = new WebsocketGateway(stack, "G2");
      const imported = (id: string) => WebsocketGateway.fromGatewayId(stack, id, "d5d0g");
      expect(g1.grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY)).toBe(g1.grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY));
      expect(g1.grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY)).not.toBe(g2.grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY));
      expect(imported("I1").grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY)).toBe(
        imported("I2").grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY),
      );
    });

    test("keeps folder and gateway grants apart even when a folder id equals a gateway id", () => {
      const stack = newStack();
      const byFolder = WebsocketGateway.fromGatewayAttributes(stack, "A", { gatewayId: "d5d0a", folderId: "same0id" });
      const byGateway = WebsocketGateway.fromGatewayId(stack, "B", "same0id");
      const byImport = WebsocketGateway.fromGatewayId(stack, "C", "same0id");
      expect(byFolder.grantBroadcast("aje0s")).not.toBe(byGateway.grantBroadcast("aje0s", BroadcasterGrantScope.GATEWAY));
      expect(byFolder.grantBroadcast("aje0s")).not.toBe(byImport.grantBroadcast("aje0s"));
      const created = new WebsocketGateway(stack, "D", { folderId: "same0id" });
      expect(created.grantBroadcast("aje0s")).toBe(byFolder.grantBroadcast("aje0s"));
    });

    test("shares one folder grant between importers of the same gateway, and not between different gateways", () => {
      const stack = newStack();
      const grant = (id: string, gatewayId: string, folderId?: string) =>
        WebsocketGateway.fromGatewayAttributes(stack, id, { gatewayId, folderId }).grantBroadcast("aje0s");
      expect(grant("I1", "d5d0g")).toBe(grant("I2", "d5d0g"));
      expect(grant("I3", "d5d0g")).not.toBe(grant("I4", "d5d0other"));
      expect(grant("I5", "d5d0x", "b1gf")).toBe(grant("I6", "d5d0y", "b1gf"));
    });

    test("fails when the scope is not a BroadcasterGrantScope, or the account id is empty, naming both", () => {
      const gateway = new WebsocketGateway(newStack(), "Gateway");
      expect(() => gateway.grantBroadcast("", "cloud" as BroadcasterGrantScope)).toThrow(
        /^Invalid grantBroadcast props at "test\/Gateway" \(2 problems\):\n {2}- scope: got "cloud"; must be one of "folder", "gateway" \(BroadcasterGrantScope\)\n {2}- serviceAccountId: got ""; must be a non-empty id/,
      );
    });
  });
});
