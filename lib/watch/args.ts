import { parseArgs } from "node:util";
import { watchUrlProblem } from "./urls";

/** Exit codes of `cr-websocket-watch`. */
export enum WatchExitCode {
  /** Ctrl-C, `--once` after its batch, or `--help`. */
  OK = 0,
  /** Bad usage: an unknown flag, a flag without its value, a bad URL, no URL to watch. */
  USAGE = 2,
  /** `--timeout` passed with no event. */
  TIMEOUT = 3,
  /** A gateway answered the handshake with 401 or 403: credentials missing or refused. Not retried. */
  UNAUTHORIZED = 4,
}

/** `cr-websocket-watch --help`. */
export const WATCH_USAGE = `usage: cr-websocket-watch [ws(s)://host/path ...] [options]

Prints every Container Registry event broadcast to the given WebSocket URLs, or to every
websocket_url output in the outputs file. Reconnects with backoff; Ctrl-C ends the watch.

options:
  --outputs-file F        read websocket_url outputs from F when no URL is given (default cdktf-outputs.json)
  --json                  print one raw JSON object per event
  --once                  exit after the first batch
  --timeout S             exit 3 when no event arrived within S seconds
  --header "Name: value"  send this header with the handshake (repeatable), e.g. "Authorization: Bearer <token>"
  --query name=value      add this query parameter to every URL (repeatable), e.g. token=<token>
  -h, --help              print this help

Header and query values are never printed; URLs are shown with their query values as ***.
wss:// trusts Node's certificates; add a private CA with NODE_EXTRA_CA_CERTS=ca.pem.

exit codes:
  ${WatchExitCode.OK}  Ctrl-C, --once after its batch, or --help
  ${WatchExitCode.USAGE}  bad usage: unknown flag, flag without its value, bad URL, no URL to watch
  ${WatchExitCode.TIMEOUT}  --timeout passed with no event
  ${WatchExitCode.UNAUTHORIZED}  a gateway answered 401 or 403: credentials missing or refused (not retried)`;

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

/** The parsed command line, a request for help, or what is wrong with it (naming the flag, never echoing a credential). */
export type ParsedWatchArgs = { readonly args: WatchArgs } | { readonly help: true } | { readonly error: string };

// RFC 9110 token characters
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Parses `cr-websocket-watch` arguments strictly. */
export function parseWatchArgs(argv: readonly string[]): ParsedWatchArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        "outputs-file": { type: "string" },
        json: { type: "boolean" },
        once: { type: "boolean" },
        timeout: { type: "string" },
        header: { type: "string", multiple: true },
        query: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    // parseArgs names the flag ("Unknown option '--x'", "Option '--header <value>' argument missing"); its advice on "--" is noise here
    return { error: (e as Error).message.split(". To specify a positional")[0] };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };

  const problems: string[] = [];
  for (const url of positionals) {
    const problem = watchUrlProblem(url);
    if (problem !== undefined) problems.push(problem);
  }
  let timeoutSeconds: number | undefined;
  if (values.timeout !== undefined) {
    timeoutSeconds = Number(values.timeout);
    // Number("") and Number(" ") are 0, so blank values fail here too
    if (!(timeoutSeconds > 0)) {
      problems.push(`--timeout takes a number of seconds above 0, got ${JSON.stringify(values.timeout)}`);
    }
  }
  const headers: Record<string, string> = {};
  for (const header of values.header ?? []) {
    const colon = header.indexOf(":");
    const name = colon < 0 ? "" : header.slice(0, colon).trim();
    if (!HEADER_NAME.test(name)) {
      problems.push(`--header takes "Name: value" with a header name before the colon${colon < 0 ? " (no colon given)" : ""}`);
    } else {
      headers[name] = header.slice(colon + 1).trim();
    }
  }
  const query: [string, string][] = [];
  for (const pair of values.query ?? []) {
    const equals = pair.indexOf("=");
    if (equals < 1) problems.push(`--query takes name=value with a name before the "="${equals < 0 ? ' (no "=" given)' : ""}`);
    else query.push([pair.slice(0, equals), pair.slice(equals + 1)]);
  }
  if (problems.length > 0) return { error: problems.join("\n") };
  return {
    args: {
      urls: positionals,
      outputsFile: values["outputs-file"],
      json: values.json ?? false,
      once: values.once ?? false,
      timeoutSeconds,
      headers,
      query,
    },
  };
}
