import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { EXIT_CODE_MEANINGS, ExitCode } from "../../lib/private/cli";
import { fixture, FIXTURE_FILES, triggerWithSource, writeJson } from "../adopt/fixtures";
import { exitCodeRows } from "../helpers/exit-codes";
import { removeTempDirs, tempDir } from "../helpers/hermetic";
import { ROOT } from "../helpers/run-app";

const DOC = "docs/ADOPT.md";
const ADOPT = path.join(ROOT, "build/bin/adopt.js");

/** For each code docs/ADOPT.md gives, the words its row must hold and an input that makes the tool end with it. */
const CASES: Record<number, { words: string[]; args: (dir: string) => string[] }> = {
  [ExitCode.OK]: { words: ["reproduces every field"], args: () => ["--trigger", FIXTURE_FILES.trigger] },
  [ExitCode.COULD_NOT_RUN]: {
    words: ["`invoke_function`", "not JSON"],
    args: (dir) => [
      "--trigger",
      writeJson(
        dir,
        "invoke.json",
        triggerWithSource((source) => {
          delete source.gateway_websocket_broadcast;
          source.invoke_function = { function_id: "d4e", service_account_id: "aje" };
        }),
      ),
    ],
  },
  [ExitCode.INCOMPLETE]: {
    words: ["does not reproduce"],
    args: (dir) => ["--trigger", writeJson(dir, "unknown.json", { ...fixture("trigger"), retry_policy: { attempts: "3" } })],
  },
  [ExitCode.USAGE]: {
    words: ["`--registry`"],
    args: (dir) => ["--trigger", FIXTURE_FILES.trigger, "--registry", writeJson(dir, "registry.json", { ...fixture("registry"), id: "crpother" })],
  },
};

describe(`${DOC} exit codes`, () => {
  afterEach(removeTempDirs);
  const rows = exitCodeRows(DOC);

  test("are the codes of cr-websocket-adopt in docs/CLI.md's table, with the meanings every command prints", () => {
    const adoptCodes = exitCodeRows("docs/CLI.md")
      .filter((r) => r.rest[1] === "every command" || r.rest[1].includes("`cr-websocket-adopt`"))
      .map((r) => r.code);
    expect(rows.map((r) => r.code)).toEqual(adoptCodes);
    for (const row of rows) expect(row.meaning).toBe(EXIT_CODE_MEANINGS[row.code as ExitCode]);
  });

  test.each(Object.keys(CASES).map(Number))("%i is what the tool ends with in the case its row names", (code) => {
    const row = rows.find((r) => r.code === code);
    expect(row).toBeDefined();
    for (const words of CASES[code].words) expect(row!.rest[0]).toContain(words);
    const dir = tempDir("adopt-doc-");
    const run = spawnSync(process.execPath, [ADOPT, ...CASES[code].args(dir)], { cwd: dir, encoding: "utf8" });
    expect(run.status).toBe(code);
  });

  test("the text above the table says the same code for a field not reproduced", () => {
    const text = fs.readFileSync(path.join(ROOT, DOC), "utf8");
    expect([...text.matchAll(/\bexits (\d+)/g)].map((m) => Number(m[1]))).toEqual([ExitCode.INCOMPLETE]);
  });
});
