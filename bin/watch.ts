#!/usr/bin/env node
/**
 * `npm run watch -- [ws(s)-url ...] [--outputs-file F] [--json] [--once] [--timeout S] [--header "N: v"] [--query n=v]`
 *
 * Prints every Container Registry event broadcast to the given WebSocket URLs, or to every
 * `websocket_url` output in F (default `cdktf-outputs.json`). `--help` lists the options and the
 * exit codes (0 Ctrl-C or `--once`, 2 bad usage, 3 `--timeout` passed, 4 credentials refused).
 */
import { watch, websocketUrlsFromOutputs } from "../lib/watch";
import { parseWatchArgs, WATCH_USAGE, WatchExitCode } from "../lib/watch/args";

async function main(argv: string[]): Promise<number> {
  const parsed = parseWatchArgs(argv);
  if ("help" in parsed) {
    process.stdout.write(`${WATCH_USAGE}\n`);
    return WatchExitCode.OK;
  }
  if ("error" in parsed) return usageError(parsed.error);
  const { args } = parsed;
  const urls = [...args.urls];
  if (urls.length === 0) {
    const file = args.outputsFile ?? "cdktf-outputs.json";
    try {
      urls.push(...websocketUrlsFromOutputs(file));
    } catch (e) {
      return usageError(`no URL given and ${file} cannot be read (${(e as Error).message}); run \`npx cdktf output --outputs-file ${file}\` first`);
    }
    if (urls.length === 0) return usageError(`no websocket_url output in ${file}`);
  }

  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort());
  process.once("SIGTERM", () => abort.abort());
  let result;
  try {
    result = await watch(urls, {
      json: args.json,
      once: args.once,
      timeoutSeconds: args.timeoutSeconds,
      headers: args.headers,
      query: args.query,
      signal: abort.signal,
    });
  } catch (e) {
    return usageError((e as Error).message);
  }
  process.stderr.write(`${result.events} event${result.events === 1 ? "" : "s"} seen\n`);
  if (result.reason === "timeout") {
    process.stderr.write(`no event within ${args.timeoutSeconds} s\n`);
    return WatchExitCode.TIMEOUT;
  }
  if (result.refused) {
    const { url, status } = result.refused;
    const given = Object.keys(args.headers).length + args.query.length > 0;
    process.stderr.write(
      `cr-websocket-watch: ${url} answered HTTP ${status}: ` +
        (given
          ? "the gateway's authorizer refused the credentials given with --header/--query\n"
          : 'the gateway wants credentials: pass --header "Authorization: Bearer <token>" or --query token=<token>\n'),
    );
    return WatchExitCode.UNAUTHORIZED;
  }
  return WatchExitCode.OK;
}

function usageError(problem: string): number {
  process.stderr.write(`cr-websocket-watch: ${problem}\nrun cr-websocket-watch --help for usage\n`);
  return WatchExitCode.USAGE;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
