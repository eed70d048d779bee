import { Aspects, IAspect, TerraformResource, TerraformStack, Token } from "cdktf";
// cdktf's own id allocation (TerraformStack.allocateLogicalId calls it): the old address must be the one cdktf gave.
import { makeUniqueId } from "cdktf/lib/private/unique";
import { IConstruct } from "constructs";
import { PropProblems } from "./prop-problems";

/** Where each construct said it used to live: previous path segments inside its stack. */
const previousPaths = new WeakMap<IConstruct, readonly string[]>();

/** An example of what `previousPath` takes, for error messages. */
const PATH_EXAMPLE = 'such as "RegistryEvents" or "Team/Events"';

/**
 * Declares that `construct` used to live at `previousPath` inside its stack (construct ids joined
 * by "/", the stack left out): when the app is synthesized, every Terraform resource in its
 * subtree, including children added after this call, gets a `moved` block from the address cdktf
 * gave it at the old path, so Terraform keeps the resources instead of replacing them. Data
 * sources need none. A resource whose address does not follow from its path (`overrideLogicalId`)
 * is left alone: its address does not change.
 *
 * `subject` names the method in errors (`CrWebsocketTrigger.movedFrom()`). Throws a
 * {@link PropValidationError} for a malformed path, the current path, or a second call; at synth,
 * for a path that starts with a stack's name (a move across stacks cannot be a moved block).
 */
export function declareMovedFrom(construct: IConstruct, subject: string, previousPath: string): void {
  const problems = new PropProblems();
  const stack = TerraformStack.of(construct);
  const current = pathInStack(construct, stack);
  const already = previousPaths.get(construct);
  if (typeof previousPath !== "string") {
    problems.add("previousPath", previousPath, `must be a string: the construct's former path inside its stack, ${PATH_EXAMPLE}`);
  } else if (Token.isUnresolved(previousPath)) {
    problems.add("previousPath", previousPath, "must be a plain string, not a token: the old addresses are computed from it at synth");
  } else if (previousPath.split("/").some((segment) => segment.trim() === "")) {
    problems.add(
      "previousPath",
      previousPath,
      `must be construct ids joined by "/" inside the stack, ${PATH_EXAMPLE}, with no empty id (no leading, trailing or doubled "/")`,
    );
  } else if (previousPath === current.join("/")) {
    problems.add("previousPath", previousPath, "is where the construct is now; give the path it had before the rename or move");
  }
  if (already !== undefined) {
    problems.add(
      "previousPath",
      previousPath,
      `movedFrom was already called with ${JSON.stringify(already.join("/"))}; a construct has one previous path, where it lived last`,
    );
  }
  problems.throwIfAny(subject, construct.node.path, "arguments");
  previousPaths.set(construct, previousPath.split("/"));
  Aspects.of(construct).add(new MoveFromPreviousPath(construct, subject, previousPath.split("/")));
}

/** The construct ids from below `stack` down to `construct`. */
function pathInStack(construct: IConstruct, stack: TerraformStack): string[] {
  const scopes = construct.node.scopes;
  return scopes.slice(scopes.indexOf(stack) + 1).map((c) => c.node.id);
}

/** The nearest construct above `resource` (or itself) that declared a previous path: its declaration is the one that applies. */
function declaringScope(resource: IConstruct): IConstruct | undefined {
  return [...resource.node.scopes].reverse().find((c) => previousPaths.has(c));
}

/** Adds the moved blocks at synth, when the subtree is complete. */
class MoveFromPreviousPath implements IAspect {
  public constructor(
    private readonly construct: IConstruct,
    private readonly subject: string,
    private readonly previous: readonly string[],
  ) {}

  public visit(node: IConstruct): void {
    const stack = TerraformStack.of(this.construct);
    if (node === this.construct) {
      this.addresses = undefined; // resources may have been added since the last synth
      this.checkStackNames(stack);
    }
    if (!TerraformResource.isTerraformResource(node) || declaringScope(node) !== this.construct) return;
    const here = pathInStack(node, stack);
    // an overridden logical id does not follow the path, so the rename did not change it
    if (node.friendlyUniqueId !== makeUniqueId(here)) return;
    const below = here.slice(pathInStack(this.construct, stack).length);
    const from = `${node.terraformResourceType}.${makeUniqueId([...this.previous, ...below])}`;
    const to = `${node.terraformResourceType}.${node.friendlyUniqueId}`;
    if (from === to) return;
    if (this.addressesNow(stack).has(from)) {
      const problems = new PropProblems();
      problems.add(
        "previousPath",
        this.previous.join("/"),
        `gives ${to} the old address ${from}, which another resource in the stack has now; ` +
          "Terraform cannot move a resource onto one that still exists (give the path the construct had when it was last applied)",
      );
      problems.throwIfAny(this.subject, this.construct.node.path, "arguments");
    }
    const move = node.hasResourceMove();
    if (move !== undefined && "from" in move && move.from === from && move.to === to) return; // synthesized before
    if (move !== undefined) {
      const problems = new PropProblems();
      problems.add("previousPath", this.previous.join("/"), `cannot apply to ${to}, which already has a move of its own (${JSON.stringify(move)})`);
      problems.throwIfAny(this.subject, this.construct.node.path, "arguments");
    }
    node.moveFromId(from);
  }

  private addresses?: Set<string>;

  /** The address of every resource in the stack as it is now, collected once per synth of the construct. */
  private addressesNow(stack: TerraformStack): Set<string> {
    this.addresses ??= new Set(
      stack.node
        .findAll()
        .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c))
        .map((r) => `${r.terraformResourceType}.${r.friendlyUniqueId}`),
    );
    return this.addresses;
  }

  /** Stacks are known only once the app is built, so this check waits for synth. */
  private checkStackNames(stack: TerraformStack): void {
    const stacks = stack.node.root.node.children.filter((c) => TerraformStack.isStack(c)).map((c) => c.node.id);
    const first = this.previous[0];
    if (!stacks.includes(first)) return;
    const problems = new PropProblems();
    problems.add(
      "previousPath",
      this.previous.join("/"),
      `starts with the stack ${JSON.stringify(first)}: give the path inside the stack ${JSON.stringify(stack.node.id)}, without the stack's name. ` +
        "A move from another stack cannot be a moved block; see the README (terraform state mv, or import)",
    );
    problems.throwIfAny(this.subject, this.construct.node.path, "arguments");
  }
}
