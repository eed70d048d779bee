import { TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { ApiGatewayIamMember } from "../.gen/providers/yandex/api-gateway-iam-member";
import { ContainerRegistry } from "../.gen/providers/yandex/container-registry";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { ResourcemanagerFolderIamMember } from "../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServerlessTriggers } from "../.gen/providers/yandex/serverless-triggers";
import { YandexProvider } from "../.gen/providers/yandex/provider";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import {
  BroadcasterGrant,
  BroadcasterGrantScope,
  BroadcasterRoleGrant,
  CrWebsocketTrigger,
  IServiceAccount,
  IWebsocketGateway,
  PropValidationError,
  Registry,
  ServiceAccount,
  WebsocketGateway,
} from "../lib";
import { newStack, pathOf, resourcesOfType, synth } from "./helpers/synth";

const FOLDER_GRANT = "yandex_resourcemanager_folder_iam_member";

/** Which grant addresses each trigger's `depends_on` names, by the first letter of the trigger's name. */
function dependenciesByTrigger(synthesized: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.values(resourcesOfType(synthesized, ServerlessTriggers)).map((t) => [(t.name as string).slice(0, 1), t.depends_on]),
  );
}

type TriggerName = "a" | "b" | "c" | "d";

/**
 * Four triggers on one gateway: A creates its account, B broadcasts as A's account, C and D each
 * import the same account id (two importers) and ask for the role.
 */
function fourTriggers(include: TriggerName[] = ["a", "b", "c", "d"], roleGrant?: BroadcasterRoleGrant): string {
  const stack = newStack();
  const gateway = new WebsocketGateway(stack, "Gateway", { name: "shared-gw" });
  const registry = Registry.fromRegistryId(stack, "Images", "crp0registry");
  const common = { gateway, registry, broadcasterRoleGrant: roleGrant };
  const a = new CrWebsocketTrigger(stack, "A", { ...common, name: "a-events", websocketPath: "/a" });
  if (include.includes("b"))
    new CrWebsocketTrigger(stack, "B", { ...common, name: "b-events", websocketPath: "/b", serviceAccount: a.serviceAccount });
  for (const name of ["c", "d"] as const) {
    if (!include.includes(name)) continue;
    const serviceAccount = ServiceAccount.fromServiceAccountId(stack, `Account${name.toUpperCase()}`, "aje0shared");
    new CrWebsocketTrigger(stack, name.toUpperCase(), {
      ...common,
      name: `${name}-events`,
      websocketPath: `/${name}`,
      serviceAccount,
      broadcasterRoleGrant: roleGrant ?? BroadcasterRoleGrant.FOLDER,
    });
  }
  // A is kept in every variant: removing it removes the account B borrows
  return synth(stack);
}

describe("broadcaster grants", () => {
  describe("four triggers share one gateway (B broadcasts as A's account, C and D import one account id twice)", () => {
    const synthesized = fourTriggers();
    const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
    const [saId] = Object.keys(resourcesOfType(synthesized, IamServiceAccount));
    const addressOf = (member: string) => `${FOLDER_GRANT}.${Object.keys(grants).find((id) => grants[id].member === member)}`;

    test("yield exactly one grant per (folder, account id)", () => {
      expect(Object.values(grants).map((g) => g.member)).toEqual(
        expect.arrayContaining([`serviceAccount:\${yandex_iam_service_account.${saId}.id}`, "serviceAccount:aje0shared"]),
      );
      expect(Object.keys(grants)).toHaveLength(2);
    });

    test("make every trigger depend on the grant its own account has", () => {
      const created = addressOf(`serviceAccount:\${yandex_iam_service_account.${saId}.id}`);
      const imported = addressOf("serviceAccount:aje0shared");
      expect(dependenciesByTrigger(synthesized)).toEqual({ a: [created], b: [created], c: [imported], d: [imported] });
    });

    test("keep the created account's grant with the trigger that created it, and the imported one's in the stack's BroadcasterGrants", () => {
      expect(Object.keys(grants).sort()).toEqual([
        expect.stringMatching(/^A_BroadcasterGrant_[0-9A-F]{8}$/),
        expect.stringMatching(/^BroadcasterGrants_BroadcasterGrant[0-9A-F]{8}_[0-9A-F]{8}$/),
      ]);
    });

    test("with broadcasterRoleGrant: GATEWAY, yield one gateway grant per account and no folder grant", () => {
      const gatewayScoped = fourTriggers(undefined, BroadcasterRoleGrant.GATEWAY);
      expect(gatewayScoped).not.toHaveResource(ResourcemanagerFolderIamMember);
      const gatewayGrants = resourcesOfType(gatewayScoped, ApiGatewayIamMember);
      expect(Object.keys(gatewayGrants)).toHaveLength(2);
      const imported = Object.keys(gatewayGrants).find((id) => gatewayGrants[id].member === "serviceAccount:aje0shared");
      const created = Object.keys(gatewayGrants).find((id) => id !== imported);
      expect(dependenciesByTrigger(gatewayScoped)).toEqual({
        a: [`yandex_api_gateway_iam_member.${created}`],
        b: [`yandex_api_gateway_iam_member.${created}`],
        c: [`yandex_api_gateway_iam_member.${imported}`],
        d: [`yandex_api_gateway_iam_member.${imported}`],
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
      expect(left).toEqual(Object.fromEntries(Object.entries(all).filter(([, g]) => g.member !== "serviceAccount:aje0shared")));
    });
  });

  describe("across stacks", () => {
    function appWithSharedGateway(): { gateway: WebsocketGateway; stack: (id: string) => TerraformStack } {
      const app = Testing.app();
      const stack = (id: string) => {
        const s = new TerraformStack(app, id);
        new YandexProvider(s, "yandex", {});
        return s;
      };
      const gateway = new WebsocketGateway(stack("shared"), "Gateway", { name: "shared-gw" });
      return { gateway, stack };
    }

    test("each stack that imports the account gets its own grant, inside it, and its trigger depends on that one", () => {
      const { gateway, stack } = appWithSharedGateway();
      const stacks = ["dev", "prod"].map((name) => {
        const s = stack(name);
        const serviceAccount = ServiceAccount.fromServiceAccountId(s, "Broadcaster", "aje0shared");
        const registry = Registry.fromRegistryId(s, "Images", "crp0r");
        new CrWebsocketTrigger(s, "Events", {
          name,
          gateway,
          registry,
          serviceAccount,
          broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER,
          websocketPath: `/${name}`,
        });
        return s;
      });
      expect(synth(gateway.node.scope as TerraformStack)).not.toHaveResource(ResourcemanagerFolderIamMember);
      for (const s of stacks) {
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
      const serviceAccount = new ServiceAccount(stack("accounts"), "Account", { name: "broadcaster" });
      new CrWebsocketTrigger(dev, "Events", { gateway, registry: Registry.fromRegistryId(dev, "Images", "crp0r"), serviceAccount });
      const synthesized = synth(dev);
      const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
      expect(Object.keys(grants)).toEqual([expect.stringMatching(/^BroadcasterGrants_BroadcasterGrant[0-9A-F]{8}_[0-9A-F]{8}$/)]);
      expect(synthesized).toHaveResourceWithProperties(ServerlessTriggers, { depends_on: [`${FOLDER_GRANT}.${Object.keys(grants)[0]}`] });
    });
  });

  describe("gateways given by id", () => {
    const imported = (ids: string[], roleGrant = BroadcasterRoleGrant.FOLDER) =>
      Testing.synthScope((scope) => {
        const serviceAccount = ServiceAccount.fromServiceAccountId(scope, "Broadcaster", "aje0shared");
        const registry = Registry.fromRegistryId(scope, "Images", "crp0r");
        for (const id of ids) {
          const gateway = WebsocketGateway.fromGatewayId(scope, `${id}Gateway`, "d5d0g");
          new CrWebsocketTrigger(scope, id, { gateway, registry, serviceAccount, broadcasterRoleGrant: roleGrant, websocketPath: `/${id}` });
        }
      });

    test("two triggers importing the same gateway id share one folder grant for one account", () => {
      const synthesized = imported(["C", "D"]);
      const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
      expect(Object.keys(grants)).toHaveLength(1);
      for (const trigger of Object.values(resourcesOfType(synthesized, ServerlessTriggers))) {
        expect(trigger.depends_on).toEqual([`${FOLDER_GRANT}.${Object.keys(grants)[0]}`]);
      }
    });

    test("a gateway-scoped grant keeps its address and body when the trigger that made it first is removed", () => {
      const both = resourcesOfType(imported(["C", "D"], BroadcasterRoleGrant.GATEWAY), ApiGatewayIamMember);
      expect(Object.values(both)).toEqual([expect.objectContaining({ api_gateway_id: "d5d0g", member: "serviceAccount:aje0shared" })]);
      expect(resourcesOfType(imported(["D"], BroadcasterRoleGrant.GATEWAY), ApiGatewayIamMember)).toEqual(both);
    });
  });

  describe("an app that composes shared and imported registries, accounts and gateways", () => {
    // Two created gateways (one shared by two triggers), one imported gateway; a created registry
    // shared by three triggers and an imported one; a created account shared by two triggers, an
    // imported account granted on request, and an imported account not granted.
    const synthesized = Testing.synthScope((scope) => {
      const images = new Registry(scope, "Images", { name: "images" });
      const legacy = Registry.fromRegistryId(scope, "Legacy", "crp0legacy");
      const broadcaster = new ServiceAccount(scope, "Broadcaster", { name: "broadcaster" });
      const ops = ServiceAccount.fromServiceAccountId(scope, "Ops", "aje0ops");
      const external = ServiceAccount.fromServiceAccountId(scope, "External", "aje0external");
      const events = new WebsocketGateway(scope, "Events", { name: "events", folderId: "b1gevents" });
      const audit = new WebsocketGateway(scope, "Audit", { name: "audit", folderId: "b1gaudit" });
      const existing = WebsocketGateway.fromGatewayAttributes(scope, "Existing", { gatewayId: "d5d0existing", folderId: "b1gexisting" });
      new CrWebsocketTrigger(scope, "Pushes", {
        name: "pushes",
        registry: images,
        serviceAccount: broadcaster,
        gateway: events,
        websocketPath: "/pushes",
      });
      new CrWebsocketTrigger(scope, "Deletes", {
        name: "deletes",
        registry: images,
        serviceAccount: broadcaster,
        gateway: events,
        websocketPath: "/deletes",
      });
      new CrWebsocketTrigger(scope, "Audit1", {
        name: "audit1",
        registry: images,
        serviceAccount: ops,
        broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER,
        gateway: audit,
      });
      new CrWebsocketTrigger(scope, "Legacy1", { name: "legacy1", registry: legacy, serviceAccount: external, gateway: existing });
    });

    test("declares exactly one resource per created thing", () => {
      expect(Object.keys(resourcesOfType(synthesized, ContainerRegistry))).toEqual(["Images"]);
      expect(Object.keys(resourcesOfType(synthesized, IamServiceAccount))).toEqual(["Broadcaster"]);
      expect(
        Object.values(resourcesOfType(synthesized, ApiGateway))
          .map((g) => g.name)
          .sort(),
      ).toEqual(["audit", "events"]);
      expect(Object.keys(resourcesOfType(synthesized, ServerlessTriggers))).toHaveLength(4);
    });

    test("grants once per (folder, account), and never an imported account that did not ask", () => {
      const grants = Object.values(resourcesOfType(synthesized, ResourcemanagerFolderIamMember)).map((g) => [g.folder_id, g.member]);
      expect(grants.sort()).toEqual([
        ["b1gaudit", "serviceAccount:aje0ops"],
        ["b1gevents", "serviceAccount:${yandex_iam_service_account.Broadcaster.id}"],
      ]);
    });

    test("makes each trigger depend on its account's grant, and the ungranted one on nothing", () => {
      const grants = resourcesOfType(synthesized, ResourcemanagerFolderIamMember);
      const grantOf = (member: string) => `${FOLDER_GRANT}.${Object.keys(grants).find((id) => grants[id].member === member)}`;
      expect(dependenciesByTrigger(synthesized)).toEqual({
        p: [grantOf("serviceAccount:${yandex_iam_service_account.Broadcaster.id}")],
        d: [grantOf("serviceAccount:${yandex_iam_service_account.Broadcaster.id}")],
        a: [grantOf("serviceAccount:aje0ops")],
        l: undefined,
      });
    });
  });

  describe("grantBroadcast", () => {
    function setUp(gatewayOf: (scope: Construct) => IWebsocketGateway) {
      const stack = newStack();
      const gateway = gatewayOf(stack);
      const account = new ServiceAccount(stack, "Account", { name: "broadcaster" });
      return { stack, gateway, account };
    }

    test.each([
      ["a created gateway", (scope: Construct) => new WebsocketGateway(scope, "Gateway")],
      ["an imported gateway", (scope: Construct) => WebsocketGateway.fromGatewayId(scope, "Gateway", "d5d0g")],
    ])("on %s returns the same grant for the same account, however it is referenced", (_, gatewayOf) => {
      const { stack, gateway, account } = setUp(gatewayOf);
      const first = gateway.grantBroadcast(account);
      expect(pathOf(gateway.grantBroadcast(account))).toBe(pathOf(first));
      expect(pathOf(gateway.grantBroadcast(account, { scope: BroadcasterGrantScope.FOLDER }))).toBe(pathOf(first));
      expect(pathOf(gateway.grantBroadcast(ServiceAccount.fromServiceAccountId(stack, "Again", account.serviceAccountId)))).toBe(pathOf(first));
      expect(pathOf(gateway.grantBroadcast(account, { scope: BroadcasterGrantScope.GATEWAY }))).not.toBe(pathOf(first));
      expect(pathOf(gateway.grantBroadcast(ServiceAccount.fromServiceAccountId(stack, "Other", "aje0other")))).not.toBe(pathOf(first));
    });

    test("returns a grant that stands in dependsOn for its IAM member", () => {
      const { stack, gateway, account } = setUp((scope) => new WebsocketGateway(scope, "Gateway"));
      const grant = gateway.grantBroadcast(account);
      expect(grant).toBeInstanceOf(BroadcasterGrant);
      new IamServiceAccount(stack, "Waits", { name: "waits", dependsOn: [grant] });
      expect(synth(stack)).toHaveResourceWithProperties(IamServiceAccount, {
        name: "waits",
        depends_on: [`${FOLDER_GRANT}.${grant.resource.friendlyUniqueId}`],
      });
    });

    test("an imported account granted first is matched by the created account it names", () => {
      const { stack, gateway, account } = setUp((scope) => new WebsocketGateway(scope, "Gateway"));
      const byImport = gateway.grantBroadcast(ServiceAccount.fromServiceAccountId(stack, "ById", account.serviceAccountId));
      expect(pathOf(gateway.grantBroadcast(account))).toBe(pathOf(byImport));
    });

    test("places a created account's grants under the account, one per folder or gateway, and returns what it made", () => {
      const { stack, gateway: one, account } = setUp((scope) => new WebsocketGateway(scope, "One", { folderId: "b1gone" }));
      const two = new WebsocketGateway(stack, "Two", { folderId: "b1gtwo" });
      const grants = [
        one.grantBroadcast(account),
        two.grantBroadcast(account),
        one.grantBroadcast(account, { scope: BroadcasterGrantScope.GATEWAY }),
      ];
      expect(grants.map((g) => g.resource.node.path)).toEqual([
        expect.stringMatching(/^test\/Account\/BroadcasterGrant[0-9A-F]{8}$/),
        expect.stringMatching(/^test\/Account\/BroadcasterGrant[0-9A-F]{8}$/),
        expect.stringMatching(/^test\/Account\/GatewayBroadcasterGrant[0-9A-F]{8}$/),
      ]);
      expect(new Set(grants.map((g) => g.resource.node.path)).size).toBe(3);
      expect(grants.map((g) => [g.scope, g.grantee])).toEqual([
        [BroadcasterGrantScope.FOLDER, account],
        [BroadcasterGrantScope.FOLDER, account],
        [BroadcasterGrantScope.GATEWAY, account],
      ]);
      expect(grants[0].resource).toBeInstanceOf(ResourcemanagerFolderIamMember);
      expect(grants[2].resource).toBeInstanceOf(ApiGatewayIamMember);
      const synthesized = synth(stack);
      expect(synthesized).toHaveResourceWithProperties(ResourcemanagerFolderIamMember, {
        folder_id: "b1gone",
        role: "api-gateway.websocketBroadcaster",
        member: "serviceAccount:${yandex_iam_service_account.Account.id}",
        sleep_after: 30,
      });
      expect(synthesized).toHaveResourceWithProperties(ApiGatewayIamMember, {
        api_gateway_id: expect.stringMatching(/^\$\{yandex_api_gateway\.One_[0-9A-F]{8}\.id\}$/),
        sleep_after: 30,
      });
    });

    test("places an imported account's grant in the importer's stack, under its BroadcasterGrants", () => {
      const app = Testing.app();
      const shared = new TerraformStack(app, "shared");
      const dev = new TerraformStack(app, "dev");
      const gateway = new WebsocketGateway(shared, "Gateway");
      const grant = gateway.grantBroadcast(ServiceAccount.fromServiceAccountId(dev, "Broadcaster", "aje0s"));
      expect(grant.resource.node.path).toMatch(/^dev\/BroadcasterGrants\/BroadcasterGrant[0-9A-F]{8}$/);
    });

    test("shares one folder grant between gateways created in the same folder, and not between folders", () => {
      const stack = newStack();
      const account = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      const grant = (id: string, folderId?: string) => new WebsocketGateway(stack, id, { folderId }).grantBroadcast(account);
      expect(grant("G1")).toBe(grant("G2"));
      expect(grant("G3", "b1gf")).toBe(grant("G4", "b1gf"));
      expect(grant("G5", "b1gother")).not.toBe(grant("G6", "b1gf"));
      expect(grant("G7")).not.toBe(grant("G8", "b1gf"));
    });

    test("does not share a folder grant between gateways created without a folder in different stacks", () => {
      const app = Testing.app();
      const [s1, s2, dev] = ["s1", "s2", "dev"].map((id) => new TerraformStack(app, id));
      const account = ServiceAccount.fromServiceAccountId(dev, "Broadcaster", "aje0s");
      expect(new WebsocketGateway(s1, "Gateway").grantBroadcast(account)).not.toBe(new WebsocketGateway(s2, "Gateway").grantBroadcast(account));
    });

    test("shares a gateway grant only for the same gateway", () => {
      const stack = newStack();
      const account = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      const onGateway = { scope: BroadcasterGrantScope.GATEWAY };
      const g1 = new WebsocketGateway(stack, "G1");
      const g2 = new WebsocketGateway(stack, "G2");
      const imported = (id: string) => WebsocketGateway.fromGatewayId(stack, id, "d5d0g");
      expect(pathOf(g1.grantBroadcast(account, onGateway))).toBe(pathOf(g1.grantBroadcast(account, onGateway)));
      expect(pathOf(g1.grantBroadcast(account, onGateway))).not.toBe(pathOf(g2.grantBroadcast(account, onGateway)));
      expect(pathOf(imported("I1").grantBroadcast(account, onGateway))).toBe(pathOf(imported("I2").grantBroadcast(account, onGateway)));
    });

    test("keeps folder and gateway grants apart even when a folder id equals a gateway id", () => {
      const stack = newStack();
      const account = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      const byFolder = WebsocketGateway.fromGatewayAttributes(stack, "A", { gatewayId: "d5d0a", folderId: "same0id" });
      const byGateway = WebsocketGateway.fromGatewayId(stack, "B", "same0id");
      const byImport = WebsocketGateway.fromGatewayId(stack, "C", "same0id");
      expect(pathOf(byFolder.grantBroadcast(account))).not.toBe(pathOf(byGateway.grantBroadcast(account, { scope: BroadcasterGrantScope.GATEWAY })));
      expect(pathOf(byFolder.grantBroadcast(account))).not.toBe(pathOf(byImport.grantBroadcast(account)));
      expect(pathOf(new WebsocketGateway(stack, "D", { folderId: "same0id" }).grantBroadcast(account))).toBe(
        pathOf(byFolder.grantBroadcast(account)),
      );
    });

    test("shares one folder grant between importers of the same gateway, and not between different gateways", () => {
      const stack = newStack();
      const account = ServiceAccount.fromServiceAccountId(stack, "Broadcaster", "aje0s");
      const grant = (id: string, gatewayId: string, folderId?: string) =>
        WebsocketGateway.fromGatewayAttributes(stack, id, { gatewayId, folderId }).grantBroadcast(account);
      expect(grant("I1", "d5d0g")).toBe(grant("I2", "d5d0g"));
      expect(grant("I3", "d5d0g")).not.toBe(grant("I4", "d5d0other"));
      expect(grant("I5", "d5d0x", "b1gf")).toBe(grant("I6", "d5d0y", "b1gf"));
    });

    test("fails when the scope is not a BroadcasterGrantScope, or the grantee is not an account, naming both", () => {
      const gateway = new WebsocketGateway(newStack(), "Gateway");
      let thrown: unknown;
      try {
        gateway.grantBroadcast("aje0s" as unknown as IServiceAccount, { scope: "cloud" as BroadcasterGrantScope });
      } catch (e) {
        thrown = e;
      }
      expect(PropValidationError.isPropValidationError(thrown)).toBe(true);
      expect((thrown as Error).message).toMatch(
        /^Invalid grantBroadcast\(\) arguments at "test\/Gateway" \(2 problems\):\n {2}- options\.scope: got "cloud"; must be one of "folder", "gateway" \(BroadcasterGrantScope\)\n {2}- grantee: got "aje0s"; must be a service account/,
      );
    });
  });
});
