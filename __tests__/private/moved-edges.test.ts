import { Lazy, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Registry } from "../../lib";
import { PropValidationError } from "../../lib/prop-validation-error";
import { newStack, synthStack, SynthesizedStack } from "../helpers/synth";

// Edges of movedFrom that __tests__/private/moved.test.ts leaves out, found by mutation testing
// (docs/MUTATION.md): each test fails with one surviving mutant of lib/private/moved.ts planted.

interface Moved {
  readonly from: string;
  readonly to: string;
}

type WithMoved = SynthesizedStack & { moved?: Moved[] };

/** A Registry at `Team/Images` in a new stack "dev". */
function registryInTeam(): { stack: TerraformStack; registry: Registry } {
  const stack = newStack("dev");
  return { stack, registry: new Registry(new Construct(stack, "Team"), "Images", { name: "images" }) };
}

describe("Registry.movedFrom (lib/private/moved.ts)", () => {
  test("adds no moved block when the old path gives every resource the address it has now (an id Default, which cdktf leaves out)", () => {
    const { stack, registry } = registryInTeam();
    registry.movedFrom("Team/Default/Images");
    const doc = synthStack(stack) as WithMoved;
    expect(doc.moved).toBeUndefined();
    expect(Object.keys(doc.resource?.yandex_container_registry ?? {})).toEqual([expect.stringMatching(/^Team_Images_[0-9A-F]{8}$/)]);
  });

  describe("fails when", () => {
    test("previousPath is a token: the old addresses are computed from it at synth", () => {
      const { registry } = registryInTeam();
      const attempt = () => registry.movedFrom(Lazy.stringValue({ produce: () => "Old" }));
      expect(attempt).toThrow(PropValidationError);
      expect(attempt).toThrow(/previousPath: got "\$\{TfToken\[TOKEN\.\d+\]\}"; must be a plain string, not a token/);
    });

    test("an id of previousPath is only blanks", () => {
      const { registry } = registryInTeam();
      expect(() => registry.movedFrom("Team/ /Images")).toThrow(
        /previousPath: got "Team\/ \/Images"; must be construct ids joined by "\/".*no empty id/,
      );
    });

    test("movedFrom is called twice: the message says a construct has one previous path", () => {
      const { registry } = registryInTeam();
      registry.movedFrom("Old");
      expect(() => registry.movedFrom("Older")).toThrow(
        /Invalid Registry\.movedFrom\(\) arguments at "dev\/Team\/Images".*\n.*previousPath: got "Older"; movedFrom was already called with "Old"; a construct has one previous path, where it lived last/,
      );
    });

    test("the old address is another resource's now: the message names both addresses, the method and what to give", () => {
      const { stack, registry } = registryInTeam();
      registry.movedFrom("Old");
      new Registry(stack, "Old", { name: "old" });
      expect(() => synthStack(stack)).toThrow(
        new RegExp(
          'Invalid Registry\\.movedFrom\\(\\) arguments at "dev/Team/Images".*\\n.*previousPath: got "Old"; gives ' +
            "yandex_container_registry\\.Team_Images_\\w+ the old address yandex_container_registry\\.Old, " +
            "which another resource in the stack has now; " +
            "Terraform cannot move a resource onto one that still exists \\(give the path the construct had when it was last applied\\)",
        ),
      );
    });

    test("a resource under the construct already has a move of its own", () => {
      const { stack, registry } = registryInTeam();
      registry.resource.moveFromId("yandex_container_registry.Elsewhere");
      registry.movedFrom("Old");
      expect(() => synthStack(stack)).toThrow(
        /Invalid Registry\.movedFrom\(\) arguments at "dev\/Team\/Images".*\n.*previousPath: got "Old"; cannot apply to yandex_container_registry\.Team_Images_\w+, which already has a move of its own/,
      );
    });

    test("previousPath starts with a stack's name: the message names the method's arguments", () => {
      const { stack, registry } = registryInTeam();
      registry.movedFrom("prod/Images");
      new TerraformStack(stack.node.root as Construct, "prod");
      expect(() => synthStack(stack)).toThrow(
        /Invalid Registry\.movedFrom\(\) arguments at "dev\/Team\/Images".*\n.*previousPath: got "prod\/Images"; starts with the stack "prod"/,
      );
    });
  });
});
