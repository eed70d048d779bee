import { loadPinnedProviderSchema } from "../../lib/provider-schema";
import { compareStacks, Impact, StackDocument } from "../../lib/review";
import { REPLACE_FACTS, STATEFUL_TYPES } from "../fixtures/yandex-provider-facts";
import { configurableAttributes, expectedReplace, sampleValue } from "../helpers/provider-facts";

// The review diff is checked against the facts copied from the provider's source, not against
// REPLACING_ARGUMENTS, which it reads itself.

const schema = loadPinnedProviderSchema();

/** Every type the reference describes, with every argument a configuration can set (from the pinned schema where the type is in it). */
const cases = Object.keys(REPLACE_FACTS).flatMap((type) => {
  const names = new Set([...Object.keys(configurableAttributes(schema, type)), ...Object.keys(REPLACE_FACTS[type]).filter((n) => n !== "id")]);
  return [...names].sort().map((name) => ({ type, name }));
});

const doc = (type: string, body: Record<string, unknown>): StackDocument => ({ resource: { [type]: { r: body } } });
const sample = (type: string, name: string, n: number) => sampleValue(configurableAttributes(schema, type)[name], n);
/** A stack with a registry `images` in `folder` and resource `r` of `type` with `body`. */
function withRegistry(folder: string, type: string, body: Record<string, unknown>): StackDocument {
  const images = { images: { name: "images", folder_id: folder } };
  return { resource: { yandex_container_registry: images, [type]: { ...(type === "yandex_container_registry" ? images : {}), r: body } } };
}

/** A body where every case attribute of the type is set, so one change at a time is compared. */
const bodyOf = (type: string, n: number) => Object.fromEntries(cases.filter((c) => c.type === type).map((c) => [c.name, sample(type, c.name, n)]));

describe("compareStacks against the provider reference (fixture)", () => {
  test.each(cases)("$type: a changed $name is a replacement exactly when the provider's plan modifier says so", ({ type, name }) => {
    const before = bodyOf(type, 1);
    const [change] = compareStacks(doc(type, before), doc(type, { ...before, [name]: sample(type, name, 2) }));
    const replaces = expectedReplace(type, name) !== "in-place";
    expect(change.impact).toBe(replaces ? Impact.REPLACE : Impact.UPDATE);
    expect(change.changes.some((c) => c.forcesReplacement === true)).toBe(replaces);
  });

  test.each(cases.filter((c) => expectedReplace(c.type, c.name) !== "in-place"))(
    '$type: removing $name replaces only when the rule is not "if configured"',
    ({ type, name }) => {
      const before = bodyOf(type, 1);
      const after = { ...before };
      delete after[name];
      const [change] = compareStacks(doc(type, before), doc(type, after));
      expect(change.impact).toBe(expectedReplace(type, name) === "always" ? Impact.REPLACE : Impact.UPDATE);
    },
  );

  test.each(cases.filter((c) => expectedReplace(c.type, c.name) === "always"))(
    "$type: $name referring to a replaced resource replaces it too (the reference gets a new value)",
    ({ type, name }) => {
      const body = { ...bodyOf(type, 1), [name]: "${yandex_container_registry.images.id}" };
      const changes = compareStacks(withRegistry("b1gold", type, body), withRegistry("b1gnew", type, body));
      expect(changes.find((c) => c.address === `${type}.r`)).toMatchObject({
        impact: Impact.REPLACE,
        changes: [expect.objectContaining({ path: name, forcesReplacement: true })],
      });
    },
  );

  test.each(cases.filter((c) => expectedReplace(c.type, c.name) === "in-place" && typeof sample(c.type, c.name, 1) === "string"))(
    "$type: $name referring to a replaced resource does not replace it",
    ({ type, name }) => {
      const body = { ...bodyOf(type, 1), [name]: "${yandex_container_registry.images.id}" };
      const changes = compareStacks(withRegistry("b1gold", type, body), withRegistry("b1gnew", type, body));
      expect(changes.map((c) => c.address)).toEqual(["yandex_container_registry.images"]);
    },
  );

  test.each(Object.keys(REPLACE_FACTS))("%s: a destroy warns about lost data exactly when the type is stateful", (type) => {
    const [change] = compareStacks(doc(type, bodyOf(type, 1)), {});
    expect(change.impact).toBe(Impact.DESTROY);
    expect(change.warnings.some((w) => /holds no images|apply fails halfway/.test(w))).toBe(STATEFUL_TYPES.includes(type));
  });
});
