import { Token } from "cdktf";
import { PropValidationError } from "../../lib/prop-validation-error";
import { PropProblems } from "../../lib/private/prop-problems";

const thrown = (problems: PropProblems, what?: string): PropValidationError => {
  try {
    problems.throwIfAny("Thing", "Stack/Thing", what);
  } catch (e) {
    return e as PropValidationError;
  }
  throw new Error("throwIfAny threw nothing");
};

describe("PropProblems", () => {
  test("throws nothing while there is no problem, and skips absent and unresolved values", () => {
    const problems = new PropProblems();
    problems.checkString("name", undefined, () => "never");
    problems.checkString("name", Token.asString({ Ref: "x" }), () => "never");
    problems.checkString("name", "ok", () => undefined);
    problems.checkInteger("size", undefined, { min: 1, max: 5 });
    problems.checkInteger("size", Token.asNumber({ Ref: "x" }), { min: 1, max: 5 });
    problems.checkInteger("size", 5, { min: 1, max: 5 });
    expect(() => problems.throwIfAny("Thing", "Stack/Thing")).not.toThrow();
  });

  test("reports every problem at once, in order, with the value received and what is allowed", () => {
    const problems = new PropProblems();
    problems.checkString("name", "Bad", (v) => `must be lower case, not ${v}`);
    problems.checkInteger("size", 6, { min: 1, max: 5 }, " seconds");
    problems.add("mode", "x", "one of a, b");
    const error = thrown(problems);
    expect(error).toBeInstanceOf(PropValidationError);
    expect(error.problems).toEqual([
      { prop: "name", value: "Bad", allowed: "must be lower case, not Bad" },
      { prop: "size", value: 6, allowed: "must be an integer from 1 to 5 seconds" },
      { prop: "mode", value: "x", allowed: "one of a, b" },
    ]);
    expect(error.subject).toBe("Thing props");
    expect(error.constructPath).toBe("Stack/Thing");
  });

  test("names the method's arguments instead of props when asked", () => {
    const problems = new PropProblems();
    problems.checkInteger("ttl", 0, { min: 1, max: 10 });
    const error = thrown(problems, "arguments");
    expect(error.subject).toBe("Thing arguments");
    expect(error.problems).toEqual([{ prop: "ttl", value: 0, allowed: "must be an integer from 1 to 10" }]);
  });
});
