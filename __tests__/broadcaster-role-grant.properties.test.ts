import * as fc from "fast-check";
import { Construct } from "constructs";
import {
  BroadcasterGrantScope,
  BroadcasterRoleGrant,
  CrWebsocketTrigger,
  IServiceAccount,
  IWebsocketGateway,
  Registry,
  ServiceAccount,
  WebsocketGateway,
} from "../lib";
import { newStack, resolveIn, synthStack } from "./helpers/synth";

// Every combination of what decides a grant: the kind of account, the broadcasterRoleGrant prop,
// the kind of gateway, and a gateway.grantBroadcast call made after the trigger.
const RUNS = { seed: 20261207, numRuns: 200 };

enum AccountKind {
  CREATED_BY_TRIGGER = "created by the trigger",
  SERVICE_ACCOUNT = "a ServiceAccount",
  ADOPTED = "a ServiceAccount adopted with importFrom",
  IMPORTED = "imported by id",
}

enum GatewayKind {
  CREATED_BY_TRIGGER = "created by the trigger",
  SHARED = "a WebsocketGateway",
  IMPORTED = "imported by id",
  IMPORTED_WITH_FOLDER = "imported with its folder",
}

interface GrantInputs {
  readonly account: AccountKind;
  readonly gateway: GatewayKind;
  readonly roleGrant?: BroadcasterRoleGrant;
  /** A `gateway.grantBroadcast(trigger.serviceAccount)` after the trigger, and its scope. */
  readonly laterGrant?: BroadcasterGrantScope;
}

const grantInputs: fc.Arbitrary<GrantInputs> = fc.record(
  {
    account: fc.constantFrom(...Object.values(AccountKind)),
    gateway: fc.constantFrom(...Object.values(GatewayKind)),
    roleGrant: fc.constantFrom(...Object.values(BroadcasterRoleGrant)),
    laterGrant: fc.constantFrom(...Object.values(BroadcasterGrantScope)),
  },
  { requiredKeys: ["account", "gateway"] },
);

function accountOf(scope: Construct, kind: AccountKind): IServiceAccount | undefined {
  switch (kind) {
    case AccountKind.CREATED_BY_TRIGGER:
      return undefined;
    case AccountKind.SERVICE_ACCOUNT:
      return new ServiceAccount(scope, "Broadcaster", { name: "broadcaster" });
    case AccountKind.ADOPTED: {
      const account = new ServiceAccount(scope, "Broadcaster", { name: "broadcaster" });
      account.importFrom("aje0adopted");
      return account;
    }
    case AccountKind.IMPORTED:
      return ServiceAccount.fromServiceAccountId(scope, "Broadcaster", "aje0imported");
  }
}

function gatewayOf(scope: Construct, kind: GatewayKind): IWebsocketGateway | undefined {
  switch (kind) {
    case GatewayKind.CREATED_BY_TRIGGER:
      return undefined;
    case GatewayKind.SHARED:
      return new WebsocketGateway(scope, "Gateway", { name: "shared-gw" });
    case GatewayKind.IMPORTED:
      return WebsocketGateway.fromGatewayId(scope, "Gateway", "d5d0existing");
    case GatewayKind.IMPORTED_WITH_FOLDER:
      return WebsocketGateway.fromGatewayAttributes(scope, "Gateway", { gatewayId: "d5d0existing", folderId: "b1gfolder" });
  }
}

/** The documented default: a folder grant for an account created in the app, none for an imported or adopted one. */
function documentedDefault(kind: AccountKind): BroadcasterRoleGrant {
  return kind === AccountKind.CREATED_BY_TRIGGER || kind === AccountKind.SERVICE_ACCOUNT ? BroadcasterRoleGrant.FOLDER : BroadcasterRoleGrant.NONE;
}

const MEMBER_TYPES: Record<BroadcasterGrantScope, string> = {
  [BroadcasterGrantScope.FOLDER]: "yandex_resourcemanager_folder_iam_member",
  [BroadcasterGrantScope.GATEWAY]: "yandex_api_gateway_iam_member",
};

/** What one synthesized stack says about the trigger's account: its IAM members by type, the trigger's depends_on, every warning. */
function outcome(inputs: GrantInputs) {
  const stack = newStack();
  const trigger = new CrWebsocketTrigger(stack, "Events", {
    name: "events",
    registry: Registry.fromRegistryId(stack, "Images", "crp0r"),
    serviceAccount: accountOf(stack, inputs.account),
    gateway: gatewayOf(stack, inputs.gateway),
    broadcasterRoleGrant: inputs.roleGrant,
  });
  if (inputs.laterGrant !== undefined) trigger.gateway.grantBroadcast(trigger.serviceAccount, { scope: inputs.laterGrant });
  const synthesized = synthStack(stack);
  const member = `serviceAccount:${String(resolveIn(stack, trigger.serviceAccountId))}`;
  const membersOf = (type: string) =>
    Object.entries(synthesized.resource?.[type] ?? {})
      .filter(([, body]) => body.member === member)
      .map(([id]) => `${type}.${id}`);
  const [body] = Object.values(synthesized.resource?.yandex_serverless_triggers ?? {});
  const warnings = stack.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn")
    .map((m) => String(m.data));
  return {
    trigger,
    folderMembers: membersOf(MEMBER_TYPES[BroadcasterGrantScope.FOLDER]),
    gatewayMembers: membersOf(MEMBER_TYPES[BroadcasterGrantScope.GATEWAY]),
    dependsOn: (body.depends_on as string[] | undefined) ?? [],
    warnings,
  };
}

describe("CrWebsocketTrigger broadcasterRoleGrant properties", () => {
  test("no combination of grant inputs yields a warning that contradicts the synthesized output", () => {
    fc.assert(
      fc.property(grantInputs, (inputs) => {
        const { folderMembers, gatewayMembers, warnings } = outcome(inputs);
        const granted = folderMembers.length + gatewayMembers.length > 0;
        for (const warning of warnings) {
          // the one grant warning says nothing grants the account: it may appear only when that is so
          expect(warning).toMatch(/^broadcasterRoleGrant is NONE and no grantBroadcast in this stack grants the service account created here/);
          expect(granted).toBe(false);
          expect(inputs.account).toBe(AccountKind.CREATED_BY_TRIGGER);
        }
        // and it appears whenever the account the trigger creates is left without a grant
        if (inputs.account === AccountKind.CREATED_BY_TRIGGER && !granted) expect(warnings).toHaveLength(1);
      }),
      RUNS,
    );
  });

  test("the output is what broadcasterRoleGrant, or its documented default for the account, says", () => {
    fc.assert(
      fc.property(grantInputs, (inputs) => {
        const { trigger, folderMembers, gatewayMembers, dependsOn } = outcome(inputs);
        const expected = inputs.roleGrant ?? documentedDefault(inputs.account);
        expect(trigger.broadcasterRoleGrant).toBe(expected);
        if (expected === BroadcasterRoleGrant.NONE) {
          expect(trigger.broadcasterGrant).toBeUndefined();
          expect(dependsOn).toEqual([]);
        } else {
          const own = expected === BroadcasterRoleGrant.FOLDER ? folderMembers : gatewayMembers;
          expect(own).toHaveLength(1);
          expect(dependsOn).toEqual(own);
        }
        // one member per target and account: a later grant of the same scope is the trigger's own
        const laterSameScope = inputs.laterGrant !== undefined && (inputs.laterGrant as string) === (expected as string);
        expect(folderMembers.length).toBe(
          Number(expected === BroadcasterRoleGrant.FOLDER || (inputs.laterGrant === BroadcasterGrantScope.FOLDER && !laterSameScope)),
        );
        expect(gatewayMembers.length).toBe(
          Number(expected === BroadcasterRoleGrant.GATEWAY || (inputs.laterGrant === BroadcasterGrantScope.GATEWAY && !laterSameScope)),
        );
      }),
      RUNS,
    );
  });
});
