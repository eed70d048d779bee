/** One problem with a prop or argument: its name, the value received and what is allowed. */
export interface PropProblem {
  /** The prop or argument, as users write it: `batchSize`. */
  readonly prop: string;
  /** The value received. */
  readonly value: unknown;
  /** What is allowed, in plain words: `must be an integer from 1 to 1000 events`. */
  readonly allowed: string;
}

// Symbol.for gives every copy of this package (two versions in one node_modules) the same brand.
const BRAND = Symbol.for("cr-websocket-trigger.PropValidationError");

/**
 * Thrown when a construct's props, or a method's arguments, are invalid. It lists every problem at
 * once, and is thrown before anything is created.
 *
 * TypeScript only: jsii cannot carry a subclass of `Error` to other languages, so there it arrives
 * as the language's jsii runtime error (Python's `RuntimeError`) with the same message. In
 * TypeScript, tell it apart with {@link PropValidationError.isPropValidationError}.
 *
 * @jsii ignore an `Error` subclass; other languages receive its message in their jsii runtime error
 */
export class PropValidationError extends Error {
  /**
   * True when `x` is a PropValidationError from any copy of this package; `instanceof` only knows
   * the copy it was imported from.
   */
  public static isPropValidationError(x: unknown): x is PropValidationError {
    return typeof x === "object" && x !== null && (x as Record<symbol, unknown>)[BRAND] === true;
  }

  /** Path of the construct whose props were refused: `app/stack/Events`; empty for input that belongs to no construct (a command-line value). */
  public readonly constructPath: string;
  /** What was refused: `CrWebsocketTrigger props`, `WebsocketGateway.addWebsocketPath() arguments`. */
  public readonly subject: string;
  /** Every problem found. */
  public readonly problems: PropProblem[];

  public constructor(subject: string, constructPath: string, problems: PropProblem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    const lines = problems.map((p) => `  - ${p.prop}: got ${showValue(p.value)}; ${p.allowed}`);
    const where = constructPath === "" ? "" : ` at "${constructPath}"`;
    super(`Invalid ${subject}${where} (${count}):\n${lines.join("\n")}`);
    this.name = "PropValidationError";
    this.subject = subject;
    this.constructPath = constructPath;
    this.problems = problems;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

const SHOWN = 80;

/** A value as JSON, cut after 80 characters with the full length noted. */
export function showValue(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > SHOWN;
  const shown = typeof value === "string" ? JSON.stringify(cut ? text.slice(0, SHOWN) : text) : cut ? text.slice(0, SHOWN) : text;
  return cut ? `${shown}... (${text.length} characters)` : shown;
}
