import { Token } from "cdktf";

/**
 * Collects what is wrong with a construct's props, so that one Error reports every problem at
 * once and nothing is created before it is thrown.
 */
export class PropProblems {
  private readonly lines: string[] = [];

  /** Records a problem with `prop`: the value received and what is allowed. */
  public add(prop: string, value: unknown, allowed: string): void {
    this.lines.push(`${prop}: got ${show(value)}; ${allowed}`);
  }

  /** Checks a string prop when it is given and resolved; `check` returns what is allowed when the value is wrong. */
  public checkString(prop: string, value: string | undefined, check: (v: string) => string | undefined): void {
    if (value === undefined || Token.isUnresolved(value)) return;
    const allowed = check(value);
    if (allowed !== undefined) this.add(prop, value, allowed);
  }

  /** Checks an integer prop against an inclusive range, when it is given and resolved. */
  public checkInteger(prop: string, value: number | undefined, min: number, max: number, unit = ""): void {
    if (value === undefined || Token.isUnresolved(value)) return;
    if (!Number.isInteger(value) || value < min || value > max) {
      this.add(prop, value, `must be an integer from ${min} to ${max}${unit}`);
    }
  }

  /** Checks an optional id: non-empty and at most `maxLength` characters. */
  public checkId(prop: string, value: string | undefined, maxLength: number): void {
    this.checkString(prop, value, (v) =>
      v.length === 0 || v.length > maxLength ? `must be a non-empty id of at most ${maxLength} characters` : undefined,
    );
  }

  /** Throws one Error listing every problem, naming the construct; does nothing when there are none. */
  public throwIfAny(what: string, path: string): void {
    if (this.lines.length === 0) return;
    const count = this.lines.length === 1 ? "1 problem" : `${this.lines.length} problems`;
    throw new Error(`Invalid ${what} props at "${path}" (${count}):\n${this.lines.map((l) => `  - ${l}`).join("\n")}`);
  }
}

function show(value: unknown): string {
  if (typeof value === "string") {
    return value.length > 80 ? `${JSON.stringify(value.slice(0, 80))}... (${value.length} characters)` : JSON.stringify(value);
  }
  return JSON.stringify(value) ?? String(value);
}
