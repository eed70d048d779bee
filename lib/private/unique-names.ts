import { TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";

/** Kinds of named cloud resources whose names must be unique within a folder. */
export enum NamedKind {
  TRIGGER = "trigger",
  REGISTRY = "registry",
  GATEWAY = "API gateway",
}

interface Claim {
  readonly kind: NamedKind;
  readonly name: string;
  readonly folder: string;
  readonly owner: IConstruct;
}

// Claims by stack, then by kind + folder + name, so each validation is a lookup, not a scan.
const claims = new WeakMap<TerraformStack, Map<string, Claim[]>>();

/**
 * Records that `owner` creates a `kind` named `name` in `folder` (undefined: the provider's
 * folder), and adds a synth-time validation that reports every other construct of the stack
 * claiming the same kind, name and folder: the cloud would reject the second create mid-apply.
 * Unresolved names are compared as written, which still catches two constructs fed the same token.
 */
export function claimUniqueName(owner: Construct, kind: NamedKind, name: string, folder: string | undefined): void {
  const stack = TerraformStack.of(owner);
  const byKey = claims.get(stack) ?? new Map<string, Claim[]>();
  claims.set(stack, byKey);
  const mine: Claim = { kind, name, folder: folder ?? "", owner };
  const key = JSON.stringify([kind, mine.folder, name]);
  const same = byKey.get(key) ?? [];
  byKey.set(key, same);
  same.push(mine);
  owner.node.addValidation({
    validate: () => {
      const others = same.filter((c) => c !== mine);
      if (others.length === 0) return [];
      const where = mine.folder === "" ? "the provider's folder" : Token.isUnresolved(mine.folder) ? "the same folder" : `folder "${mine.folder}"`;
      const shown = Token.isUnresolved(mine.name) ? "the same (unresolved) name" : `"${mine.name}"`;
      return [
        `${kind} name ${shown} in ${where} is also used by ${others.map((o) => o.owner.node.path).join(", ")}; names must be unique per folder`,
      ];
    },
  });
}
