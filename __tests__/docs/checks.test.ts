import * as fs from "fs";
import * as path from "path";
import { CHECK_RULES } from "../../lib/validate";
import { ROOT } from "../helpers/run-app";

describe("docs/CHECKS.md", () => {
  const text = fs.readFileSync(path.join(ROOT, "docs/CHECKS.md"), "utf8");

  test("lists every rule the checker reports under, except the schema and reference checks it names in prose", () => {
    const listed = [...text.matchAll(/^\| `([A-Z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(
      CHECK_RULES.map((r) => r.id)
        .filter((id) => id !== "YC-SCHEMA" && id !== "TF-REFERENCE")
        .sort(),
    );
    expect(text).toMatch(/`YC-SCHEMA`/);
    expect(text).toMatch(/`TF-REFERENCE`/);
  });

  test("names the two things left unverified in the cloud", () => {
    expect(text).toMatch(/\*\*gateway-level grant\*\*/);
    expect(text).toMatch(/\*\*header-or-query list of the connect authorizer\*\*/);
  });
});
