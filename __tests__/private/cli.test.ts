import { CliSpec, helpText, parseCommandLine, requiredString, stringValue, stringValues, USAGE_EXIT_CODE, UsageError } from "../../lib/private/cli";

const SPEC: CliSpec = {
  command: "tool",
  summary: "Does a thing.",
  options: {
    dir: { type: "string", valueName: "DIR", description: "where" },
    tag: { type: "string", multiple: true, description: "a tag" },
    json: { type: "boolean", description: "as JSON" },
  },
  exitCodes: { 0: "fine", 3: "odd" },
};

describe("parseCommandLine", () => {
  test("reads string, repeatable and boolean flags", () => {
    const values = parseCommandLine(SPEC, ["--dir", "d", "--tag", "a", "--tag=b", "--json"])!;
    expect(stringValue(values, "dir")).toBe("d");
    expect(stringValues(values, "tag")).toEqual(["a", "b"]);
    expect(values.json).toBe(true);
    expect(stringValue(values, "json")).toBeUndefined();
    expect(stringValues(parseCommandLine(SPEC, [])!, "tag")).toEqual([]);
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

  test("requiredString names a missing flag", () => {
    expect(requiredString(parseCommandLine(SPEC, ["--dir", "d"])!, "dir", "DIR")).toBe("d");
    expect(() => requiredString(parseCommandLine(SPEC, [])!, "dir", "DIR")).toThrow(new UsageError("--dir DIR is required"));
  });
});

describe("helpText", () => {
  test("lists the usage, summary, aligned flags and every exit code with the usage code last", () => {
    expect(helpText(SPEC)).toBe(
      [
        "Usage: tool [options]",
        "",
        "Does a thing.",
        "",
        "Options:",
        "  --dir DIR    where",
        "  --tag VALUE  a tag (repeatable)",
        "  --json       as JSON",
        "  -h, --help   Print this help and exit",
        "",
        "Exit codes:",
        "   0  fine",
        "   3  odd",
        `  ${USAGE_EXIT_CODE}  usage error: an unknown flag, a flag without its value, a bad value`,
        "",
      ].join("\n"),
    );
  });

  test("leaves out [options] for a command with no flags but --help", () => {
    expect(helpText({ ...SPEC, options: {} })).toMatch(/^Usage: tool\n/);
  });
});
