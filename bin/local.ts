#!/usr/bin/env node
/**
 * `npm run local -- [--outdir DIR] [--ready-file FILE] [--authorizer-token TOKEN]`
 *
 * Runs the app's event path on this machine: a real registry, the triggers and the gateways'
 * WebSocket paths, read from the synthesized app. `--help` lists the options and the exit codes
 * (docs/CLI.md); docs/LOCAL.md says what it does.
 */
import * as fs from "fs";
import { CommandLine, ExitCode, printError, runCommand } from "../lib/private/cli";
import { LOCAL_SPEC, localArgs } from "../lib/local/args";
import { LocalRun, readyDocument, startLocal } from "../lib/local/local-run";
import { EVENT_NAMES } from "../lib/local/registry-events";

function describe(run: LocalRun, say: (text: string) => void): void {
  say(`registry ${run.registryAddress}`);
  for (const [stack, byPath] of Object.entries(run.registries)) {
    for (const [path, address] of Object.entries(byPath)) say(`  ${stack}/${path}  ${address}`);
  }
  for (const t of run.triggers) {
    const trigger = run.app.triggers.find((x) => x.stack === t.stack && x.path === t.path)!;
    const filters = [trigger.imageName && `image ${trigger.imageName}`, trigger.tag && `tag ${trigger.tag}`].filter(Boolean).join(", ");
    say(`trigger ${t.stack}/${t.path}  ${t.websocketUrls.join(" ")}`);
    say(
      `  registry ${t.registry}, ${trigger.eventTypes.map((e) => EVENT_NAMES[e]).join(" ")}${filters ? `, ${filters}` : ""}, ` +
        `batch ${trigger.batchSize} / ${trigger.batchCutoffMs / 1000} s`,
    );
  }
}

async function main(line: CommandLine): Promise<number> {
  const args = localArgs(line);
  const say = (text: string) => process.stdout.write(`${text}\n`);
  // a signal that comes while the registry starts stops it as soon as it is up
  let signalled: ((signal: NodeJS.Signals) => void) | undefined;
  let early: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => (signalled ? signalled(signal) : (early ??= signal));
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const run = await startLocal({ outdir: args.outdir, authorizerToken: args.authorizerToken, log: say });
  try {
    describe(run, say);
    if (args.readyFile !== undefined) fs.writeFileSync(args.readyFile, `${JSON.stringify(readyDocument(run), null, 2)}\n`);
    say("ready; Ctrl-C stops");
    const outcome = await new Promise<{ code: number; why: string }>((resolve) => {
      signalled = (signal) => resolve({ code: ExitCode.OK, why: `${signal}: stopping` });
      if (early !== undefined) signalled(early);
      void run.failed.then((why) => resolve({ code: ExitCode.COULD_NOT_RUN, why }));
    });
    if (outcome.code === ExitCode.OK) say(outcome.why);
    else printError(LOCAL_SPEC, outcome.why);
    return outcome.code;
  } finally {
    await run.stop();
    if (args.readyFile !== undefined) fs.rmSync(args.readyFile, { force: true });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

void runCommand(LOCAL_SPEC, process.argv.slice(2), main);
