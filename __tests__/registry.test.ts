import { Testing } from "cdktf";
import { ContainerRegistry } from "../.gen/providers/yandex/container-registry";
import { PropValidationError, Registry, RemovalPolicy } from "../lib";
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
  // nothing half-emitted
  expect(synth(stack)).not.toHaveResource(ContainerRegistry);
}

describe("Registry", () => {
  test("creates one registry at the address of its path, its destroy refused at plan, with the given name, folder and labels", () => {
    const synthesized = Testing.synthScope((scope) => {
      new Registry(scope, "Images", { name: "images", folderId: "b1gfolder", labels: { team: "platform" } });
    });
    expect(resourcesOfType(synthesized, ContainerRegistry)).toEqual({
      Images: expect.objectContaining({ name: "images", folder_id: "b1gfolder", labels: { team: "platform" }, lifecycle: { prevent_destroy: true } }),
    });
  });

  test("removalPolicy: PREVENT_DESTROY is the default and sets lifecycle.prevent_destroy", () => {
    const stack = newStack();
    const registry = new Registry(stack, "Images");
    expect(registry.removalPolicy).toBe(RemovalPolicy.PREVENT_DESTROY);
    expect(synth(stack)).toHaveResourceWithProperties(ContainerRegistry, { lifecycle: { prevent_destroy: true } });
  });

  test("removalPolicy: DESTROY lets a destroy delete the registry, at the same address", () => {
    const synthesized = Testing.synthScope((scope) => {
      new Registry(scope, "Images", { removalPolicy: RemovalPolicy.DESTROY });
    });
    expect(Object.keys(resourcesOfType(synthesized, ContainerRegistry))).toEqual(["Images"]);
    expect(synthesized).not.toHaveResourceWithProperties(ContainerRegistry, { lifecycle: expect.anything() });
  });

  test("fails when removalPolicy is not a RemovalPolicy", () => {
    expectInvalid(
      (s) => new Registry(s, "Images", { removalPolicy: "retain" as RemovalPolicy }),
      /^Invalid Registry props at "test\/Images" \(1 problem\):\n {2}- removalPolicy: got "retain"; must be one of "prevent-destroy", "destroy" \(RemovalPolicy\)/,
    );
  });

  test("derives a valid name from its path by default", () => {
    const registry = new Registry(newStack(), "Images");
    expect(registry.name).toMatch(/^test-images-[0-9a-f]{8}$/);
  });

  test("fails when the name breaks the provider's pattern, naming the prop and the value", () => {
    expectInvalid(
      (s) => new Registry(s, "Images", { name: "-images" }),
      /^Invalid Registry props at "test\/Images" \(1 problem\):\n {2}- name: got "-images"; must be 3-63 characters/,
    );
  });

  test("fails when the folder id is empty", () => {
    expectInvalid((s) => new Registry(s, "Images", { folderId: "" }), /folderId: got ""; must be a non-empty id/);
  });

  test("fails when a label breaks the registry's label rules", () => {
    expectInvalid((s) => new Registry(s, "Images", { labels: { "app.io/name": "x" } }), /labels: .*key "app.io\/name"/);
  });

  test("importFrom imports the registry at its own address; fromRegistryId creates nothing", () => {
    const stack = newStack();
    const registry = new Registry(stack, "Images", { name: "images" });
    expect(registry.importFrom("crp0existing")).toBeUndefined();
    Registry.fromRegistryId(stack, "Other", "crp0other");
    const parsed = JSON.parse(synth(stack));
    expect(parsed.import).toEqual([{ id: "crp0existing", to: `yandex_container_registry.${registry.resource.friendlyUniqueId}` }]);
    expect(Object.keys(parsed.resource.yandex_container_registry)).toEqual(["Images"]);
  });

  test("fails when importFrom is given an empty id, naming the argument", () => {
    const registry = new Registry(newStack(), "Images");
    expect(() => registry.importFrom("")).toThrow(
      /^Invalid Registry\.importFrom\(\) arguments at "test\/Images" \(1 problem\):\n {2}- registryId: got ""/,
    );
  });
});
