import { Token } from "cdktf";
import { PropProblem, PropValidationError } from "../prop-validation-error";
import { Bounds, boundsText, inBounds } from "../validate/rules/rule";

/**
 * Collects what is wrong with a construct's props, so that one {@link PropValidationError}
 * reports every problem at once and nothing is created before it is thrown.
 */
export class PropProblems {
  private readonly problems: PropProblem[] = [];

  /** Records a problem with `prop`: the value received and what is allowed. */
  public add(prop: string, value: unknown, allowed: string): void {
    this.problems.push({ prop, value, allowed });
  }

  /** Checks a string prop when it is given and resolved; `check` returns what is allowed when the value is wrong. */
  public checkString(prop: string, value: string | undefined, check: (v: string) => string | undefined): void {
    if (value === undefined || Token.isUnresolved(value)) return;
    const allowed = check(value);
    if (allowed !== undefined) this.add(prop, value, allowed);
  }

  /** Checks an integer prop against inclusive bounds, when it is given and resolved. */
  public checkInteger(prop: string, value: number | undefined, bounds: Bounds, unit = ""): void {
    if (value === undefined || Token.isUnresolved(value)) return;
    if (!inBounds(value, bounds)) this.add(prop, value, boundsText(bounds, unit));
  }

  /** Checks a prop whose value must be a member of the string enum `choices`, named `enumName` in the message, when it is given. */
  public checkEnum<T extends string>(prop: string, value: T | undefined, choices: Record<string, T>, enumName: string): void {
    const allowed: string[] = Object.values(choices);
    if (value !== undefined && !allowed.includes(value)) {
      this.add(prop, value, `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")} (${enumName})`);
    }
  }

  /**
   * Throws one {@link PropValidationError} listing every problem, for the `what` ("props", or a
   * method's "arguments") of the construct type `construct` at `constructPath`; does nothing when there are none.
   */
  public throwIfAny(construct: string, constructPath: string, what = "props"): void {
    if (this.problems.length > 0) throw new PropValidationError(`${construct} ${what}`, constructPath, [...this.problems]);
  }
}
