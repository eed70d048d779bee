#!/usr/bin/env node
/**
 * `npm run watch -- [ws(s)-url ...] [--outputs-file F] [--json] [--once] [--timeout S] [--header "N: v"] [--query n=v]`
 *
 * Prints every Container Registry event broadcast to the given WebSocket URLs, or to every
 * `websocket_url` output in F (default `cdktf-outputs.json`). `--help` lists the options and the
 * exit codes (docs/CLI.md).
 */
import { CommandLine, ExitCode, printError, runCommand, UsageError } from "../lib/private/cli";
import { watch, websocketUrlsFromOutputs } from "../lib/watch";
import { WATCH_SPEC, watchArgs } from "../lib/watch/args";

async function main(line: CommandLine): Promise<number> {
  const args = watchArgs(line);
  const urls = [...args.urls];
  if (urls.length === 0) {
    const file = args.outputsFile ?? "cdktf-outputs.json";
    try {
      urls.push(...websocketUrlsFromOutputs(file));
    } catch (e) {
      throw new Error(
        `no URL given and ${file} cannot be read (${(e as Error).message}); run \`npx cdktf output '*' --outputs-file ${file}\` first`,
        {
          cause: e,
        },
      );
    }
    if (urls.length === 0) throw new Error(`no websocket_url output in ${file}`);
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
    // the handshake could not even be attempted: a header value Node refuses to send
    throw new UsageError((e as Error).message);
  }
  process.stderr.write(`${result.events} event${result.events === 1 ? "" : "s"} seen\n`);
  if (result.reason === "timeout") {
    process.stderr.write(`no event within ${args.timeoutSeconds} s\n`);
    return ExitCode.TIMEOUT;
  }
  if (result.refused) {
    const { url, status } = result.refused;
    const given = Object.keys(args.headers).length + args.query.length > 0;
    printError(
      WATCH_SPEC,
      `${url} answered HTTP ${status}: ` +
        (given
          ? "the gateway's authorizer refused the credentials given with --header/--query"
          : 'the gateway wants credentials: pass --header "Authorization: Bearer <token>" or --query token=<token>'),
    );
    return ExitCode.REFUSED;
  }
  return ExitCode.OK;
}

void runCommand(WATCH_SPEC, process.argv.slice(2), main);
