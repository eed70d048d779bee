#!/usr/bin/env node
/**
 * The offline stand-in for terraform-provider-yandex 0.222.0. Terraform starts it (through the
 * filesystem mirror that `npm run tf:validate` / `tf:plan` set up), with no arguments; it is never
 * run by hand. `--help` says so and lists the exit codes.
 */
import { serveOfflineProvider } from "../offline-provider/server";
import { CliSpec, ExitCode, printError, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "offline-provider",
  command: "offline-provider",
  summary:
    "Serves the pinned yandex provider schema and rules over Terraform's plugin protocol 6. Terraform starts it with\n" +
    "no arguments; run `npm run tf:validate` or `npm run tf:plan` instead of starting it by hand.",
  options: {},
  exitCodes: { [ExitCode.OK]: "Terraform stopped the provider", [ExitCode.COULD_NOT_RUN]: "the provider could not start" },
};

void runCommand(SPEC, process.argv.slice(2), () =>
  serveOfflineProvider().then(
    () => ExitCode.OK,
    (e: Error) => {
      // the plugin server may hold the event loop open: leave at once
      printError(SPEC, e.message);
      process.exit(ExitCode.COULD_NOT_RUN);
    },
  ),
);
