import {
  CliSpec,
  errorLines,
  EXIT_CODE_MEANINGS,
  ExitCode,
  helpText,
  invokedAs,
  parseCommandLine,
  requiredString,
  stringValue,
  stringValues,
  UsageError,
} from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "tool",
  command: "npm run tool --",
  summary: "Does a thing.",
  options: {
    dir: { type: "string", valueName: "DIR", description: "where" },
    tag: { type: "string", multiple: true, description: "a tag" },
    json: { type: "boolean", description: "as JSON" },
  },
  exitCodes: { [ExitCode.OK]: "fine", [ExitCode.CHANGES]: "something changed" },
};

describe("parseCommandLine", () => {
  test("reads string, repeatable and boolean flags", () => {
    const { values } = parseCommandLine(SPEC, ["--dir", "d", "--tag", "a", "--tag=b", "--json"])!;
    expect(stringValue(values, "dir")).toBe("d");
    expect(stringValues(values, "tag")).toEqual(["a", "b"]);
    expect(values.json).toBe(true);
    expect(stringValue(values, "json")).toBeUndefined();
    expect(stringValues(parseCommandLine(SPEC, [])!.values, "tag")).toEqual([]);
  });

  test("returns undefined for --help and -h", () => {
    expect(parseCommandLine(SPEC, ["--help"])).toBeUndefined();
    expect(parseCommandLine(SPEC, ["--dir", "d", "-h"])).toBeUndefined();
  });

  test.each([
    [["--nope"], "unknown flag --nope"],
    [["-x"], "unknown flag -x"],
    [["--dir"], "--dir needs a value"],
    [["--dir", ""], "--dir needs a value"],
    [["--tag", "a", "--tag="], "--tag needs a value"],
    [["--dir", "--json"], "--dir needs a value (write --dir=VALUE for a value that starts with '-')"],
    [["--json=1"], "--json takes no value"],
    [["extra"], "unexpected argument extra; every argument is a flag"],
  ])("fails on %p with a usage error naming the flag", (argv, message) => {
    expect(() => parseCommandLine(SPEC, argv)).toThrow(new UsageError(message));
  });

  test("takes arguments besides the flags only when the spec has positionals", () => {
    const spec = { ...SPEC, positionals: { name: "URL...", description: "what to read" } };
    expect(parseCommandLine(spec, ["a", "--json", "b"])).toEqual({ values: { json: true }, positionals: ["a", "b"] });
    expect(parseCommandLine(SPEC, ["--json"])!.positionals).toEqual([]);
  });

  test("requiredString names a missing flag", () => {
    expect(requiredString(parseCommandLine(SPEC, ["--dir", "d"])!.values, "dir", "DIR")).toBe("d");
    expect(() => requiredString(parseCommandLine(SPEC, [])!.values, "dir", "DIR")).toThrow(new UsageError("--dir DIR is required"));
  });
});

describe("helpText", () => {
  test("lists the usage, summary, aligned flags and every exit code with its one meaning, 0, 1 and 64 always", () => {
    expect(helpText(SPEC, "npm run tool --")).toBe(
      [
        "Usage: npm run tool -- [options]",
        "",
        "Does a thing.",
        "",
        "Options:",
        "  --dir DIR    where",
        "  --tag VALUE  a tag (repeatable)",
        "  --json       as JSON",
        "  -h, --help   print this help and exit",
        "",
        "Exit codes:",
        "   0  success: fine",
        "   1  could not run: an input, a tool or the app failed (the error says which)",
        "   2  changes: something changed",
        "  64  usage error: an unknown flag, a flag without its value, a bad value",
        "",
      ].join("\n"),
    );
  });

  test("names the arguments of a command that takes some", () => {
    const help = helpText({ ...SPEC, positionals: { name: "URL...", description: "what to read" } }, "tool");
    expect(help).toMatch(/^Usage: tool \[URL\.\.\.\] \[options\]\n/);
    expect(help).toMatch(/^Arguments:\n {2}URL\.\.\. {7}what to read\n/m);
  });

  test("leaves out [options] for a command with no flags but --help", () => {
    expect(helpText({ ...SPEC, options: {} }, "tool")).toMatch(/^Usage: tool\n/);
  });

  test("each exit code has one meaning, and 0, 1 and 64 are the shared ones", () => {
    expect(new Set(Object.values(EXIT_CODE_MEANINGS)).size).toBe(Object.keys(EXIT_CODE_MEANINGS).length);
    expect([ExitCode.OK, ExitCode.COULD_NOT_RUN, ExitCode.USAGE]).toEqual([0, 1, 64]);
  });
});

describe("invokedAs", () => {
  const spec = { command: "the-fallback" };
  const npmRun = (event: string, script: string, command = "run-script") => ({
    npm_command: command,
    npm_lifecycle_event: event,
    npm_lifecycle_script: script,
  });

  // npm 10 sets npm_command=run-script for `npm run`, npm 11 sets run; the real npm is run in docs/cli-contract.test.ts
  test.each(["run-script", "run"])("is `npm run <script> --` when npm_command is %p", (command) => {
    const env = npmRun("graph", "node tools/build.mjs && node build/bin/graph.js", command);
    expect(invokedAs(spec, { env, script: "/repo/build/bin/graph.js" })).toBe("npm run graph --");
  });

  test("is `npm run <script> --` when an npm script ran this file", () => {
    const env = npmRun("graph", "node tools/build.mjs && node build/bin/graph.js");
    expect(invokedAs(spec, { env, script: "/repo/build/bin/graph.js" })).toBe("npm run graph --");
    expect(invokedAs(spec, { env: npmRun("pic", "cr-websocket-graph --format dot"), script: "/p/node_modules/.bin/cr-websocket-graph" })).toBe(
      "npm run pic --",
    );
  });

  test("is the bin name when it ran through its bin link, even under npx or another npm script", () => {
    const script = "/p/node_modules/.bin/cr-websocket-graph";
    expect(invokedAs(spec, { env: {}, script })).toBe("cr-websocket-graph");
    expect(invokedAs(spec, { env: { npm_command: "exec", npm_lifecycle_event: "npx", npm_lifecycle_script: "cr-websocket-graph" }, script })).toBe(
      "cr-websocket-graph",
    );
  });

  test("ignores the npm variables a command inherits from a script that did not run it, and falls back to the spec", () => {
    const env = npmRun("test", "tsc --noEmit && jest");
    expect(invokedAs(spec, { env, script: "/repo/build/bin/graph.js" })).toBe("the-fallback");
    expect(invokedAs(spec, { env: { ...env, npm_command: "test" }, script: "/repo/build/bin/graph.js" })).toBe("the-fallback");
    expect(invokedAs(spec, { env: {}, script: "" })).toBe("the-fallback");
  });
});

describe("errorLines", () => {
  test("gives every line of a message the form `<name>: error: <line>`", () => {
    expect(errorLines({ name: "tool" }, "first\n\n  second\n")).toBe("tool: error: first\ntool: error:   second\n");
  });
});
