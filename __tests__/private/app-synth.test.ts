import { appFailure } from "../../lib/private/app-synth";

describe("appFailure", () => {
  test("keeps the thrown error's message, one line per problem, and drops Node's excerpt, frames, fields and version", () => {
    const stderr = [
      "/p/build/lib/private/prop-problems.js:49",
      "    if (this.problems.length > 0) throw new PropValidationError(...);",
      "                                  ^",
      "",
      'PropValidationError: Invalid Registry props at "dev/A/Registry" (1 problem):',
      "  - folderId: got undefined; a second container registry in folder",
      "    at PropProblems.throwIfAny (/p/build/lib/private/prop-problems.js:49:41)",
      "    at Object.validate (/p/build/lib/private/unique-names.js:113:18) {",
      "  constructPath: 'dev/A/Registry',",
      "}",
      "",
      "Node.js v20.20.2",
    ].join("\n");
    expect(appFailure(stderr).split("\n")).toEqual([
      'PropValidationError: Invalid Registry props at "dev/A/Registry" (1 problem):',
      "  - folderId: got undefined; a second container registry in folder",
    ]);
  });

  test("returns a stderr without stack frames as it is", () => {
    expect(appFailure("  something went wrong\n")).toBe("something went wrong");
  });
});
