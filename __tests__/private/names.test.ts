import { Construct } from "constructs";
import { defaultName, derivedName } from "../../lib/private/names";
import { newStack } from "../helpers/synth";

const NAME = /^[a-z][-a-z0-9]{1,61}[a-z0-9]$/;

describe("defaultName", () => {
  test("slugs the path and ends with a hash of it", () => {
    expect(defaultName(new Construct(newStack("Dev"), "Registry_Events"))).toMatch(/^dev-registry-events-[0-9a-f]{8}$/);
  });

  test("turns every run of other characters into one dash, with none at either end", () => {
    expect(defaultName(new Construct(newStack("_Dev"), "Registry__Events_"))).toMatch(/^dev-registry-events-[0-9a-f]{8}$/);
  });

  test("drops a dash the shortening leaves at the end of the slug", () => {
    // the slug keeps 54 characters before "-<hash>": 53 letters and the dash before "b"
    expect(defaultName(new Construct(newStack("a".repeat(53)), "b"))).toMatch(new RegExp(`^${"a".repeat(53)}-[0-9a-f]{8}$`));
  });

  test("gives different names to paths that slug the same", () => {
    const stack = newStack();
    expect(defaultName(new Construct(stack, "a_b"))).not.toBe(defaultName(new Construct(stack, "a-b")));
  });

  test("starts with a letter even when the path starts with a digit", () => {
    expect(defaultName(new Construct(newStack("1st"), "x"))).toMatch(/^x-1st-x-[0-9a-f]{8}$/);
  });

  test("stays within 63 characters, leaving room for a suffix, for deep and long paths", () => {
    let scope: Construct = newStack("s".repeat(40));
    for (let i = 0; i < 5; i++) scope = new Construct(scope, `Level${i}`.repeat(4));
    const name = defaultName(scope, 3);
    expect(name).toMatch(NAME);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(derivedName(name, "sa")).toMatch(NAME);
  });
});

describe("derivedName", () => {
  test("appends the suffix, shortening the base and dropping a trailing dash", () => {
    expect(derivedName("events", "gw")).toBe("events-gw");
    expect(derivedName(`${"a".repeat(59)}-bc`, "sa")).toBe(`${"a".repeat(59)}-sa`);
  });
});
