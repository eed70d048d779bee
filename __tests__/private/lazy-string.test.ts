import { TerraformOutput, TerraformStack, Testing, Tokenization } from "cdktf";
import { lazyString } from "../../lib/private/lazy-string";

describe("lazyString", () => {
  test("is a token whose value is produced at synth, from what holds by then", () => {
    const stack = new TerraformStack(Testing.app(), "dev");
    const parts = ["a"];
    new TerraformOutput(stack, "Out", { value: lazyString(stack, () => parts.join(",")) });
    parts.push("b");
    expect(JSON.parse(Testing.synth(stack)).output.Out.value).toBe("a,b");
  });

  test("names its owner where cdktf shows a token's creation, and captures no stack trace", () => {
    const stack = new TerraformStack(Testing.app(), "dev");
    const [token] = Tokenization.reverseString(lazyString(stack, () => "x")).tokens;
    expect(token.creationStack).toEqual(["produced for dev"]);
  });
});
