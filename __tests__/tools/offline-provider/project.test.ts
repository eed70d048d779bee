import * as fs from "fs";
import * as path from "path";
import { UsageError } from "../../../lib/private/cli";
import { resolveProjectDir } from "../../../tools/offline-provider";
import { removeTempDirs, tempDir } from "../../helpers/hermetic";

describe("resolveProjectDir (--project of the tf:* commands)", () => {
  let home: string;
  let project: string;
  beforeEach(() => {
    home = tempDir("project-dir-");
    project = path.join(home, "my-infra");
    fs.mkdirSync(path.join(home, "repo"));
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "cdktf.json"), "{}");
  });
  afterEach(removeTempDirs);

  test("without the flag: the working directory", () => {
    expect(resolveProjectDir(undefined, "tf:deploy", {}, "/some/where")).toBe("/some/where");
  });

  test("an absolute DIR as given", () => {
    expect(resolveProjectDir(project, "tf:deploy", {}, path.join(home, "repo"))).toBe(project);
  });

  test("under `npm run <script>`, a relative DIR is taken from the folder npm was started in (INIT_CWD), not the package root", () => {
    const env = { npm_lifecycle_event: "tf:plan", INIT_CWD: home };
    expect(resolveProjectDir("my-infra", "tf:plan", env, path.join(home, "repo"))).toBe(project);
  });

  test("an INIT_CWD left by another npm script is ignored: the DIR is taken from the working directory", () => {
    const env = { npm_lifecycle_event: "test", INIT_CWD: "/elsewhere" };
    expect(resolveProjectDir("../my-infra", "tf:plan", env, path.join(home, "repo"))).toBe(project);
  });

  test("fails when DIR has no cdktf.json, with a usage error naming the flag and the folder", () => {
    const call = () => resolveProjectDir("repo", "tf:deploy", {}, home);
    expect(call).toThrow(UsageError);
    expect(call).toThrow(`--project repo: ${path.join(home, "repo")} has no cdktf.json; give the folder of a cdktf or cdktn project`);
  });
});
