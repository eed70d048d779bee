import { dependencyOrder } from "../../lib/private/stack-order";

const stack = (name: string, ...dependencies: string[]) => ({ name, dependencies });
const names = (stacks: { name: string }[]) => stacks.map((s) => s.name);

describe("dependencyOrder", () => {
  test("sorts independent stacks by code point, not by locale", () => {
    expect(names(dependencyOrder([stack("b"), stack("a"), stack("B"), stack("a")]))).toEqual(["B", "a", "b"]);
  });

  test("puts every stack after the stacks it reads from, however deep, each once", () => {
    const order = names(dependencyOrder([stack("a", "c"), stack("b"), stack("c", "d", "b"), stack("d")]));
    expect(order).toEqual(["d", "b", "c", "a"]);
  });

  test("ignores dependencies on stacks it was not given, and survives a cycle", () => {
    expect(names(dependencyOrder([stack("a", "elsewhere"), stack("b", "c"), stack("c", "b")]))).toEqual(["a", "c", "b"]);
  });
});
