import { CliSpec, CommandLine, ExitCode, parseCommandLine, stringValue, stringValues, UsageError } from "../private/cli";
import { watchUrlProblem } from "./urls";

/** `cr-websocket-watch`: its flags, its help and its exit codes. */
export const WATCH_SPEC: CliSpec = {
  name: "cr-websocket-watch",
  command: "cr-websocket-watch",
  summary:
    "Prints every Container Registry event broadcast to the given WebSocket URLs, or to every websocket_url output\n" +
    "in the outputs file. Reconnects with backoff; Ctrl-C ends the watch. Header and query values are never\n" +
    "printed; URLs are shown with their query values and user info as ***. wss:// trusts Node's certificates;\n" +
    "add a private CA with NODE_EXTRA_CA_CERTS=ca.pem.",
  positionals: { name: "URL...", description: "ws:// or wss:// URLs to watch (default: the websocket_url outputs of --outputs-file)" },
  options: {
    "outputs-file": {
      type: "string",
      valueName: "FILE",
      description: "read websocket_url outputs from FILE when no URL is given (default cdktf-outputs.json)",
    },
    json: { type: "boolean", description: "print one raw JSON object per event" },
    once: { type: "boolean", description: "exit after the first batch" },
    timeout: { type: "string", valueName: "SECONDS", description: `exit ${ExitCode.TIMEOUT} when no event arrived within SECONDS` },
    header: {
      type: "string",
      multiple: true,
      valueName: '"NAME: VALUE"',
      description: 'send this header with the handshake, e.g. "Authorization: Bearer <token>"',
    },
    query: { type: "string", multiple: true, valueName: "NAME=VALUE", description: "add this query parameter to every URL, e.g. token=<token>" },
  },
  exitCodes: {
    [ExitCode.OK]: "Ctrl-C, or --once after its batch",
    [ExitCode.COULD_NOT_RUN]: "no URL given and the outputs file cannot be read or has no websocket_url output",
    [ExitCode.REFUSED]: "a gateway answered 401 or 403: credentials missing or refused (not retried)",
    [ExitCode.TIMEOUT]: "--timeout passed with no event",
  },
};

/** What the command line asks for. */
export interface WatchArgs {
  /** URLs given on the command line. */
  readonly urls: string[];
  /** `--outputs-file`, when given. */
  readonly outputsFile?: string;
  /** `--json`. */
  readonly json: boolean;
  /** `--once`. */
  readonly once: boolean;
  /** `--timeout`, in seconds. */
  readonly timeoutSeconds?: number;
  /** `--header`s, by name. */
  readonly headers: Record<string, string>;
  /** `--query` pairs, in order. */
  readonly query: [string, string][];
}

// RFC 9110 token characters
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Parses `cr-websocket-watch` arguments strictly. Returns undefined for `--help`; throws a
 * {@link UsageError} listing every problem, one a line, naming the flag and never echoing a credential.
 */
export function parseWatchArgs(argv: readonly string[]): WatchArgs | undefined {
  const line = parseCommandLine(WATCH_SPEC, argv);
  return line === undefined ? undefined : watchArgs(line);
}

/** The watch a parsed command line asks for; a {@link UsageError} listing every problem, one a line. */
export function watchArgs({ values, positionals }: CommandLine): WatchArgs {
  const problems: string[] = [];
  for (const url of positionals) {
    const problem = watchUrlProblem(url);
    if (problem !== undefined) problems.push(problem);
  }
  let timeoutSeconds: number | undefined;
  const timeout = stringValue(values, "timeout");
  if (timeout !== undefined) {
    timeoutSeconds = Number(timeout);
    // Number(" ") is 0, so blank values fail here too
    if (!(timeoutSeconds > 0)) problems.push(`--timeout takes a number of seconds above 0, got ${JSON.stringify(timeout)}`);
  }
  const headers: Record<string, string> = {};
  for (const header of stringValues(values, "header")) {
    const colon = header.indexOf(":");
    const name = colon < 0 ? "" : header.slice(0, colon).trim();
    if (!HEADER_NAME.test(name)) {
      problems.push(`--header takes "Name: value" with a header name before the colon${colon < 0 ? " (no colon given)" : ""}`);
    } else {
      headers[name] = header.slice(colon + 1).trim();
    }
  }
  const query: [string, string][] = [];
  for (const pair of stringValues(values, "query")) {
    const equals = pair.indexOf("=");
    if (equals < 1) problems.push(`--query takes name=value with a name before the "="${equals < 0 ? ' (no "=" given)' : ""}`);
    else query.push([pair.slice(0, equals), pair.slice(equals + 1)]);
  }
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return {
    urls: [...positionals],
    outputsFile: stringValue(values, "outputs-file"),
    json: values.json === true,
    once: values.once === true,
    timeoutSeconds,
    headers,
    query,
  };
}
