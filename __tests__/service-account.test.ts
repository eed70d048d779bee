import { Testing } from "cdktf";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { BroadcasterRoleGrant, CrWebsocketTrigger, PropValidationError, ServiceAccount } from "../lib";
import { newStack, resourcesOfType, synth } from "./helpers/synth";

function expectInvalid(make: (stack: ReturnType<typeof newStack>) => unknown, message: RegExp): void {
  const stack = newStack();
  let thrown: unknown;
  try {
    make(stack);
  } catch (e) {
    thrown = e;
  }
  expect(PropValidationError.isPropValidationError(thrown)).toBe(true);
  expect((thrown as Error).message).toMatch(message);
  expect(synth(stack)).not.toHaveResource(IamServiceAccount);
}

describe("ServiceAccount", () => {
  test("creates one account at the address of its path with the given name, description, folder and labels", () => {
    const synthesized = Testing.synthScope((scope) => {
      new ServiceAccount(scope, "Broadcaster", { name: "broadcaster", description: "sends events", folderId: "b1gfolder", labels: { team: "a" } });
    });
    expect(resourcesOfType(synthesized, IamServiceAccount)).toEqual({
      Broadcaster: expect.objectContaining({ name: "broadcaster", description: "sends events", folder_id: "b1gfolder", labels: { team: "a" } }),
    });
  });

  test("accepts a one-letter name, which the service-account pattern allows", () => {
    expect(new ServiceAccount(newStack(), "A", { name: "a" }).name).toBe("a");
  });

  test("fails when the name breaks the service-account pattern", () => {
    expectInvalid(
      (s) => new ServiceAccount(s, "Broadcaster", { name: "Bad_Name" }),
      /^Invalid ServiceAccount props at "test\/Broadcaster" \(1 problem\):\n {2}- name: got "Bad_Name"; must be 1-63 characters/,
    );
  });

  test("fails when the description is over 256 bytes, and accepts 256", () => {
    expect(new ServiceAccount(newStack(), "Ok", { description: "d".repeat(256) }).name).toBeDefined();
    expectInvalid(
      (s) => new ServiceAccount(s, "Broadcaster", { description: "d".repeat(257) }),
      /description: got "d+"\.\.\. \(257 characters\); is 257 bytes \(257 characters\); at most 256 bytes/,
    );
  });

  test("fails when a Cyrillic description is over 256 bytes: 240 characters are 480 bytes", () => {
    expectInvalid(
      (s) => new ServiceAccount(s, "Broadcaster", { description: "д".repeat(240) }),
      /description: got "д+"\.\.\. \(240 characters\); is 480 bytes \(240 characters\); at most 256 bytes/,
    );
  });

  test("accepts a Cyrillic description at 256 bytes, and refuses one character more", () => {
    expect(new ServiceAccount(newStack(), "Ok", { description: "д".repeat(128) }).name).toBeDefined();
    expectInvalid(
      (s) => new ServiceAccount(s, "Broadcaster", { description: "д".repeat(129) }),
      /is 258 bytes \(129 characters\); at most 256 bytes/,
    );
  });

  test("fails when the folder id is empty or a label breaks the account's label rules, listing both", () => {
    expectInvalid(
      (s) => new ServiceAccount(s, "Broadcaster", { folderId: "", labels: { Team: "a" } }),
      /\(2 problems\):\n {2}- folderId: got ""[^]*\n {2}- labels: .*key "Team"/,
    );
  });

  test("importFrom marks the account adopted and imports it at its own address", () => {
    const stack = newStack();
    const account = new ServiceAccount(stack, "Broadcaster");
    expect(account.isAdopted).toBe(false);
    expect(account.importFrom("aje0existing")).toBeUndefined();
    expect(account.isAdopted).toBe(true);
    expect(JSON.parse(synth(stack)).import).toEqual([{ id: "aje0existing", to: `yandex_iam_service_account.${account.resource.friendlyUniqueId}` }]);
  });

  test("fails when importFrom comes after a trigger granted the account the role by default, naming the trigger", () => {
    const stack = newStack();
    const account = new ServiceAccount(stack, "Broadcaster", { name: "broadcaster" });
    new CrWebsocketTrigger(stack, "Events", { serviceAccount: account });
    expect(() => account.importFrom("aje0existing")).toThrow(
      /^Invalid ServiceAccount\.importFrom\(\) arguments at "test\/Broadcaster" \(1 problem\):\n {2}- serviceAccountId: got "aje0existing"; must be given before the account is passed to a trigger: test\/Events already granted it/,
    );
    expect(account.isAdopted).toBe(false);
  });

  test("importFrom after a trigger that asked for the grant is allowed: the grant was asked for, not defaulted", () => {
    const stack = newStack();
    const account = new ServiceAccount(stack, "Broadcaster", { name: "broadcaster" });
    new CrWebsocketTrigger(stack, "Events", { serviceAccount: account, broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER });
    account.importFrom("aje0existing");
    expect(account.isAdopted).toBe(true);
  });
});
