import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";

/**
 * The exit codes of every command (docs/CLI.md). 0, 1 and 64 mean the same in every command; each
 * code above 1 is one command outcome and means that outcome wherever it is used.
 */
export enum ExitCode {
  /** The command did what it was asked, and found nothing to report. */
  OK = 0,
  /** The command could not run: a missing input or tool, a failed app, git or terraform. */
  COULD_NOT_RUN = 1,
  /** The command ran and found changes. */
  CHANGES = 2,
  /** The command ran and found a resource that is replaced or destroyed. */
  REPLACEMENTS = 3,
  /** A server refused the credentials (or wanted some); retrying cannot help. */
  REFUSED = 4,
  /** Nothing arrived within the time given. */
  TIMEOUT = 5,
  /** The command ran and found problems in what it checks. */
  FINDINGS = 6,
  /** The command did its work, but some of the input could not be carried over (named on stderr). */
  INCOMPLETE = 7,
  /** Usage error: an unknown flag, a flag without its value, a bad value (sysexits' EX_USAGE). */
  USAGE = 64,
}

/** The one meaning of each exit code, as the first words of its line in every `--help` and in docs/CLI.md. */
export const EXIT_CODE_MEANINGS: Readonly<Record<ExitCode, string>> = {
  [ExitCode.OK]: "success",
  [ExitCode.COULD_NOT_RUN]: "could not run",
  [ExitCode.CHANGES]: "changes",
  [ExitCode.REPLACEMENTS]: "replacements",
  [ExitCode.REFUSED]: "refused",
  [ExitCode.TIMEOUT]: "timeout",
  [ExitCode.FINDINGS]: "findings",
  [ExitCode.INCOMPLETE]: "incomplete",
  [ExitCode.USAGE]: "usage error",
};

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

/** The arguments a command takes besides its flags. */
export interface CliPositionals {
  /** Name in the usage line: `URL...`. */
  readonly name: string;
  /** One line for the help. */
  readonly description: string;
}

/** What a command accepts and what it answers, for parsing, for its `--help` and for its error lines. */
export interface CliSpec {
  /** The command's name, which starts each of its error lines: `cr-websocket-check`, `tf:deploy`. */
  readonly name: string;
  /**
   * How the help names the command when it runs neither from an npm script nor by its bin name:
   * `cr-websocket-check`, `npm run tf:deploy --`.
   */
  readonly command: string;
  /** What the command does, in a sentence or two. */
  readonly summary: string;
  /** The flags, by long name without `--`. */
  readonly options: Readonly<Record<string, CliOption>>;
  /**
   * The arguments that are not flags.
   * @default - none: every argument is a flag
   */
  readonly positionals?: CliPositionals;
  /**
   * What each exit code means for this command, after its one meaning ({@link EXIT_CODE_MEANINGS}).
   * 0, 1 and 64 are always listed; the others only when given here.
   */
  readonly exitCodes: Readonly<Partial<Record<ExitCode, string>>>;
}

/** The parsed flags: a string (or strings, for a repeatable flag) or true, by long name; absent flags are undefined. */
export type CliValues = Readonly<Record<string, string | string[] | boolean | undefined>>;

/** A parsed command line. */
export interface CommandLine {
  /** The flags. */
  readonly values: CliValues;
  /** The arguments that are not flags, in order (empty unless the spec takes some). */
  readonly positionals: readonly string[];
}

/** A command line the command cannot run: the message names the flag. */
export class UsageError extends Error {}

/** Where a command was started from: the environment npm sets and the script path. */
export interface Invocation {
  /** `process.env`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `process.argv[1]`: the script, or the bin link, node runs. */
  readonly script: string;
}

/** What npm sets `npm_command` to for `npm run`: `run-script` up to npm 10, `run` from npm 11 on. */
const NPM_RUN_COMMANDS: readonly string[] = ["run", "run-script"];

/**
 * The command as it was invoked, for its help and its usage hint: `npm run <script> --` when an npm
 * script ran it, its bin name (`cr-websocket-graph`) when it ran through its bin link, otherwise
 * `spec.command`.
 */
export function invokedAs(spec: Pick<CliSpec, "command">, invocation: Invocation = { env: process.env, script: process.argv[1] ?? "" }): string {
  const { env, script } = invocation;
  const file = path.basename(script);
  // npm passes its variables on to every child: only the script npm ran, naming this file, counts
  const words = (env.npm_lifecycle_script ?? "").split(/[\s;&|()'"]+/);
  const npmRun = env.npm_command !== undefined && NPM_RUN_COMMANDS.includes(env.npm_command);
  if (npmRun && env.npm_lifecycle_event && file !== "" && words.some((w) => path.basename(w) === file)) {
    return `npm run ${env.npm_lifecycle_event} --`;
  }
  return file !== "" && !/\.[cm]?[jt]s$/.test(file) ? file : spec.command;
}

/** The command's `--help` text: usage, flags and exit codes. */
export function helpText(spec: CliSpec, invoked: string = invokedAs(spec)): string {
  const flags = Object.entries(spec.options).map(([name, o]) => [
    `--${name}${o.type === "string" ? ` ${o.valueName ?? "VALUE"}` : ""}`,
    `${o.description}${o.multiple ? " (repeatable)" : ""}`,
  ]);
  flags.push(["-h, --help", "print this help and exit"]);
  const rows = spec.positionals ? [[spec.positionals.name, spec.positionals.description], ...flags] : flags;
  const width = Math.max(...rows.map(([f]) => f.length));
  const usage = [invoked, ...(spec.positionals ? [`[${spec.positionals.name}]`] : []), ...(flags.length > 1 ? ["[options]"] : [])];
  return [
    `Usage: ${usage.join(" ")}`,
    "",
    spec.summary,
    "",
    ...(spec.positionals ? ["Arguments:", `  ${spec.positionals.name.padEnd(width)}  ${spec.positionals.description}`, ""] : []),
    "Options:",
    ...flags.map(([f, d]) => `  ${f.padEnd(width)}  ${d}`),
    "",
    "Exit codes:",
    ...exitCodeLines(spec),
    "",
  ].join("\n");
}

function exitCodeLines(spec: CliSpec): string[] {
  const details: Partial<Record<ExitCode, string>> = {
    [ExitCode.OK]: "done",
    [ExitCode.COULD_NOT_RUN]: "an input, a tool or the app failed (the error says which)",
    ...spec.exitCodes,
    [ExitCode.USAGE]: "an unknown flag, a flag without its value, a bad value",
  };
  return (Object.keys(details).map(Number) as ExitCode[])
    .sort((a, b) => a - b)
    .map((code) => `  ${String(code).padStart(2)}  ${EXIT_CODE_MEANINGS[code]}: ${details[code]}`);
}

/**
 * Parses `argv` strictly against the spec. Returns undefined when `--help` was given (the caller
 * prints {@link helpText}); throws a {@link UsageError} naming the flag for an unknown flag, a flag
 * without its value, an empty value or, unless the spec takes some, an argument that is not a flag.
 */
export function parseCommandLine(spec: Pick<CliSpec, "options" | "positionals">, argv: readonly string[]): CommandLine | undefined {
  const options = Object.fromEntries([
    ...Object.entries(spec.options).map(([name, o]) => [name, { type: o.type, multiple: o.multiple ?? false }]),
    ["help", { type: "boolean", short: "h" }],
  ]) as Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }>;
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: spec.positionals !== undefined });
  } catch (e) {
    throw new UsageError(usageMessage(e as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return undefined;
  for (const [name, value] of Object.entries(values)) {
    const all = Array.isArray(value) ? value : [value];
    if (all.some((v) => v === "")) throw new UsageError(`--${name} needs a value`);
  }
  return { values: values as CliValues, positionals };
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
 * The error lines of a command: `<name>: error: <line>` for each line of `message`, so every
 * line a command writes about a failure has one form.
 */
export function errorLines(spec: Pick<CliSpec, "name">, message: string): string {
  const lines = message.split("\n").filter((line) => line.trim() !== "");
  return (lines.length > 0 ? lines : ["failed"]).map((line) => `${spec.name}: error: ${line}\n`).join("");
}

/** Writes {@link errorLines} to stderr. */
export function printError(spec: Pick<CliSpec, "name">, message: string): void {
  process.stderr.write(errorLines(spec, message));
}

/** What a command's `main` is given. */
export type CommandMain = (line: CommandLine) => number | Promise<number>;

/**
 * Runs a command: parses `argv`, prints the help for `--help`, and otherwise sets the exit code
 * `main` returns. A usage error prints its {@link errorLines} with a pointer to `--help` and exits
 * 64; any other error prints its error lines and exits 1 (could not run).
 */
export function runCommand(spec: CliSpec, argv: readonly string[], main: CommandMain): Promise<void> {
  const fail = (e: unknown): void => {
    const usage = e instanceof UsageError;
    const message = e instanceof Error ? e.message : String(e);
    printError(spec, usage ? `${message}\n(run '${invokedAs(spec)} --help' for usage)` : message);
    process.exitCode = usage ? ExitCode.USAGE : ExitCode.COULD_NOT_RUN;
  };
  try {
    const line = parseCommandLine(spec, argv);
    if (line === undefined) {
      process.stdout.write(helpText(spec));
      process.exitCode = ExitCode.OK;
      return Promise.resolve();
    }
    return Promise.resolve()
      .then(() => main(line))
      .then((code) => {
        process.exitCode = code;
      }, fail);
  } catch (e) {
    fail(e);
    return Promise.resolve();
  }
}

/**
 * The `--output FILE` flag of every command that prints something a program reads (JSON, a graph,
 * code): under `npm run`, stdout also carries npm's banner unless `npm run --silent` is used.
 */
export const OUTPUT_OPTION: CliOption = {
  type: "string",
  valueName: "FILE",
  description: "write the output to FILE instead of stdout (under `npm run`, stdout also carries npm's banner)",
};

/** Writes a command's output to its `--output` file when one is given, else to stdout; a file that cannot be written names the flag. */
export function writeOutput(values: CliValues, text: string): void {
  const file = stringValue(values, "output");
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new Error(`--output ${file}: cannot be written (${(e as Error).message})`, { cause: e });
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
