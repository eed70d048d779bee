import { parseArgs } from "node:util";

/** Exit code of every command for a usage error: an unknown flag, a flag without its value, a bad value (sysexits' EX_USAGE). */
export const USAGE_EXIT_CODE = 64;

/** One flag of a command. */
export interface CliOption {
  /** `string` takes a value, `boolean` does not. */
  readonly type: "string" | "boolean";
  /**
   * The flag may be given more than once; its values are collected in order.
   * @default false
   */
  readonly multiple?: boolean;
  /**
   * Name of the value in the help: `DIR`.
   * @default "VALUE"
   */
  readonly valueName?: string;
  /** One line for the help. */
  readonly description: string;
}

/** What a command accepts and what it answers, for parsing and for its `--help`. */
export interface CliSpec {
  /** How the command is invoked: `cr-websocket-check` or `npm run bench --`. */
  readonly command: string;
  /** What the command does, in a sentence or two. */
  readonly summary: string;
  /** The flags, by long name without `--`. */
  readonly options: Readonly<Record<string, CliOption>>;
  /** What each exit code means, besides the usage error code every command shares. */
  readonly exitCodes: Readonly<Record<number, string>>;
}

/** The parsed flags: a string (or strings, for a repeatable flag) or true, by long name; absent flags are undefined. */
export type CliValues = Readonly<Record<string, string | string[] | boolean | undefined>>;

/** A command line the command cannot run: the message names the flag. */
export class UsageError extends Error {}

/** The command's `--help` text: usage, flags and exit codes. */
export function helpText(spec: CliSpec): string {
  const flags = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.type === "string" ? ` ${o.valueName ?? "VALUE"}` : ""}`,
    `${o.description}${o.multiple ? " (repeatable)" : ""}`,
  ]);
  flags.push(["-h, --help", "Print this help and exit"]);
  const width = Math.max(...flags.map(([f]) => f.length));
  const codes = [...Object.entries(spec.exitCodes), [String(USAGE_EXIT_CODE), "usage error: an unknown flag, a flag without its value, a bad value"]];
  return [
    `Usage: ${spec.command}${flags.length > 1 ? " [options]" : ""}`,
    "",
    spec.summary,
    "",
    "Options:",
    ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    "",
    "Exit codes:",
    ...codes.map(([code, meaning]) => `  ${String(code).padStart(2)}  ${meaning}`),
    "",
  ].join("\n");
}

/**
 * Parses `argv` strictly against the spec. Returns undefined when `--help` was given (the caller
 * prints {@link helpText}); throws a {@link UsageError} naming the flag for an unknown flag, a flag
 * without its value, an empty value or an argument that is not a flag.
 */
export function parseCommandLine(spec: CliSpec, argv: readonly string[]): CliValues | undefined {
  const options = Object.fromEntries([
    ...Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, multiple: o.multiple ?? false }]),
    ["help", { type: "boolean", short: "h" }],
  ]) as Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError(usageMessage(e as Error & { code?: string }));
  }
  if (values.help === true) return undefined;
  for (const [name, value] of Object.entries(values)) {
    const all = Array.isArray(value) ? value : [value];
    if (all.some((v) => v === "")) throw new UsageError(`--${name} needs a value`);
  }
  return values as CliValues;
}

function usageMessage(e: Error & { code?: string }): string {
  const flag = /'(--?[^' ]+)/.exec(e.message)?.[1];
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown flag ${flag}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return e.message.includes("ambiguous")
        ? `${flag} needs a value (write ${flag}=VALUE for a value that starts with '-')`
        : e.message.includes("argument missing")
          ? `${flag} needs a value`
          : `${flag} takes no value`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${/'([^']*)'/.exec(e.message)?.[1] ?? ""}; every argument is a flag`;
    default:
      return e.message;
  }
}

/**
 * Runs a command: parses `argv`, prints the help for `--help`, and otherwise sets the exit code
 * `main` returns. A usage error prints `<command>: <message>` and exits 64; any other error
 * prints `<name>: <message>` and exits `errorExitCode`.
 */
export function runCommand(
  spec: CliSpec,
  name: string,
  argv: readonly string[],
  main: (values: CliValues) => number | Promise<number>,
  errorExitCode = 1,
): Promise<void> {
  const fail = (e: unknown): void => {
    const usage = e instanceof UsageError;
    process.stderr.write(`${name}: ${(e as Error).message}\n${usage ? `Run '${spec.command} --help' for usage.\n` : ""}`);
    process.exitCode = usage ? USAGE_EXIT_CODE : errorExitCode;
  };
  try {
    const values = parseCommandLine(spec, argv);
    if (values === undefined) {
      process.stdout.write(helpText(spec));
      process.exitCode = 0;
      return Promise.resolve();
    }
    return Promise.resolve(main(values)).then((code) => {
      process.exitCode = code;
    }, fail);
  } catch (e) {
    fail(e);
    return Promise.resolve();
  }
}

/** The value of a string flag, or undefined when it is absent. */
export function stringValue(values: CliValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === "string" ? value : undefined;
}

/** The values of a repeatable string flag, in order; empty when it is absent. */
export function stringValues(values: CliValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : [];
}

/** The value of a string flag the command cannot run without; a usage error naming the flag when it is absent. */
export function requiredString(values: CliValues, name: string, valueName = "VALUE"): string {
  const value = stringValue(values, name);
  if (value === undefined) throw new UsageError(`--${name} ${valueName} is required`);
  return value;
}
