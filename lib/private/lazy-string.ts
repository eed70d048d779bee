import { IResolvable, Token } from "cdktf";
import { IConstruct } from "constructs";

/**
 * A string token whose value `produce` makes at synth, like `Lazy.stringValue`, without the stack
 * trace `Lazy` captures when it is made (the most expensive part of a token, paid once per
 * gateway). Should resolution fail, cdktf names `owner`'s path instead.
 */
export function lazyString(owner: IConstruct, produce: () => string): string {
  return Token.asString(new ProducedString(owner, produce));
}

class ProducedString implements IResolvable {
  public constructor(
    private readonly owner: IConstruct,
    private readonly produce: () => string,
  ) {}

  public get creationStack(): string[] {
    return [`produced for ${this.owner.node.path}`];
  }

  public resolve(): string {
    return this.produce();
  }

  public toString(): string {
    return Token.asString(this);
  }
}
