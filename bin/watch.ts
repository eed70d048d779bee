#!/usr/bin/env node
/**
 * `npm run watch -- [wss-url ...] [--outputs-file F] [--json] [--once] [--timeout S]`
 *
 * Prints every Container Registry event broadcast to the given WebSocket URLs, or to every
 * `websocket_url` output in F (default `cdktf-outputs.json`). Exit codes: 0 after Ctrl-C or
 * `--once`, 2 for bad usage, 3 when `--timeout` passed with no event.
 */
import { watch, websocketUrlsFromOutputs } from "../lib/watch";

const USAGE = "usage: cr-websocket-watch [wss://host/path ...] [--outputs-file cdktf-outputs.json] [--json] [--once] [--timeout seconds]";

async function main(argv: string[]): Promise<number> {
  const urls: string[] = [];
  let outputsFile: string | undefined;
  let json = false;
  let once = false;
  let timeoutSeconds: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--once") once = true;
    else if (arg === "--outputs-file") outputsFile = argv[++i];
    else if (arg === "--timeout") timeoutSeconds = Number(argv[++i]);
    else if (arg === "--help" || arg === "-h") return usage(0);
    else if (/^wss?:\/\//.test(arg)) urls.push(arg);
    else return usage(2, `unexpected argument ${JSON.stringify(arg)}`);
  }
  if (timeoutSeconds !== undefined && !(timeoutSeconds > 0)) return usage(2, "--timeout takes a number of seconds above 0");
  if (urls.length === 0) {
    const file = outputsFile ?? "cdktf-outputs.json";
    try {
      urls.push(...websocketUrlsFromOutputs(file));
    } catch (e) {
      return usage(2, `no URL given and ${file} cannot be read (${(e as Error).message}); run \`npx cdktf output --outputs-file ${file}\` first`);
    }
    if (urls.length === 0) return usage(2, `no websocket_url output in ${file}`);
  }

  const abort = new AbortController();
  process.once("SIGINT", () => abort.abort());
  process.once("SIGTERM", () => abort.abort());
  const result = await watch(urls, { json, once, timeoutSeconds, signal: abort.signal });
  process.stderr.write(`${result.events} event${result.events === 1 ? "" : "s"} seen\n`);
  if (result.reason === "timeout") {
    process.stderr.write(`no event within ${timeoutSeconds} s\n`);
    return 3;
  }
  return 0;
}

function usage(code: number, problem?: string): number {
  if (problem) process.stderr.write(`cr-websocket-watch: ${problem}\n`);
  (code === 0 ? process.stdout : process.stderr).write(`${USAGE}\n`);
  return code;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
