import { imageNameProblem, TRIGGER_IMAGE_NAME_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";
const withName = (image_name: unknown) => ({ source: { container_registry: { registry_id: "r", image_name } } }) as never;

describe("YC-TRIGGER-IMAGE-NAME", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_IMAGE_NAME_RULE)).toEqual([]);
  });

  test.each(["api", "backend/api", "a.b_c__d-e--f/g1", "team/api.v2_xy__yz--zz", "ab.cd_ef__gh--ij/k", "a".repeat(255), "${var.image}"])(
    "passes the image name %p",
    (name) => {
      expect(ruleLines(TRIGGER_IMAGE_NAME_RULE, TYPE, withName(name))).toEqual([]);
    },
  );

  test.each(["Backend", "back end", "a//b", "-a", "a-", "a___b", "/a", "a/", "a/b_", "a/b___c", "a".repeat(256)])(
    "fails on the image name %p",
    (name) => {
      expect(ruleLines(TRIGGER_IMAGE_NAME_RULE, TYPE, withName(name))).toEqual([
        `source.container_registry.image_name: got ${JSON.stringify(name)}; ${imageNameProblem(name)} [api] YC-TRIGGER-IMAGE-NAME`,
      ]);
    },
  );

  test("fails in a document, and says what is allowed in plain words", () => {
    expect(ruleLinesInDocument(TRIGGER_IMAGE_NAME_RULE, (d) => put(trigger(d), "source.container_registry.image_name", "Api"))).toEqual([
      expect.stringMatching(
        /: source\.container_registry\.image_name: got "Api"; must be a Docker repository name: lower-case letters and digits, .* at most 255 characters/,
      ),
    ]);
  });
});
