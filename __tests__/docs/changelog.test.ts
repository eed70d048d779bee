import * as fs from "fs";
import * as path from "path";
import { ROOT } from "../helpers/run-app";

const changelog = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("CHANGELOG.md", () => {
  test("has a Keep a Changelog section for the package's version, with a date, below Unreleased", () => {
    const releases = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((m) => [m[1], m[2]]);
    expect(releases[0]).toEqual(["Unreleased", undefined]);
    expect(releases[1]).toEqual([version, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  });

  test("states that a changed address or logical id is a breaking change", () => {
    expect(changelog).toMatch(/\*\*A changed Terraform address or logical id is a breaking change\*\*/);
  });
});
