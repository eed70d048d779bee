import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanTempDir } from "./helpers/clean-temp";
import { packedTarball } from "./helpers/packed-tarball";
import { ROOT } from "./helpers/run-app";

// publint and arethetypeswrong on the tarball the e2e tier packed, with the versions package.json
// pins. docs/REFERENCE.md ("Package checks") says what each checks and why none reports anything.

const CHECK_TIMEOUT_MS = 120_000;
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

/** attw skips wildcard entry points (`./yandex/*`): one concrete binding of each flavour stands in for them. */
const BINDING_ENTRYPOINTS = ["./yandex/provider", "./cdktn/yandex/provider"];

interface AttwReport {
  readonly analysis: {
    readonly entrypoints: Record<string, unknown>;
    readonly problems: Array<{ kind: string; entrypoint: string; resolutionKind: string }>;
  };
}

describe("package hygiene of the packed tarball", () => {
  let scratch: string;
  beforeAll(() => {
    scratch = cleanTempDir("hygiene-");
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  // both unpack the tarball; their scratch files stay in a folder of their own
  const check = (name: string, args: string[]) =>
    spawnSync(bin(name), args, {
      cwd: scratch,
      encoding: "utf8",
      env: { ...process.env, TMPDIR: scratch, FORCE_COLOR: "0" },
      timeout: CHECK_TIMEOUT_MS,
    });

  test("publint finds no error, warning or suggestion", () => {
    const run = check("publint", ["run", packedTarball().tarball, "--level", "suggestion"]);
    expect(run.stdout).not.toMatch(/^(Errors|Warnings|Suggestions):/m);
    expect(run.stdout).toMatch(/All good!/);
    expect(run.status).toBe(0);
  });

  test(
    "arethetypeswrong resolves every entry point to its types under node10, node16 (from CJS and ESM) and bundler",
    () => {
      const run = check("attw", [packedTarball().tarball, "--format", "json", "--include-entrypoints", ...BINDING_ENTRYPOINTS]);
      const report = JSON.parse(run.stdout) as AttwReport;
      // the whole exports map was analysed, not an empty package
      expect(Object.keys(report.analysis.entrypoints)).toEqual(
        expect.arrayContaining([".", "./validate", "./cdktn", "./watch", ...BINDING_ENTRYPOINTS]),
      );
      expect(report.analysis.problems).toEqual([]);
      expect(run.status).toBe(0);
    },
    CHECK_TIMEOUT_MS,
  );
});
