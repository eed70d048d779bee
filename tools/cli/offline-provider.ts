#!/usr/bin/env node
/**
 * The offline stand-in for terraform-provider-yandex 0.222.0. Terraform starts it (through the
 * filesystem mirror that `npm run tf:validate` / `tf:plan` set up), with no arguments; it is never
 * run by hand. `--help` says so and lists the exit codes.
 */
import { serveOfflineProvider } from "../offline-provider/server";
import { CliSpec, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  command: "offline-provider",
  summary:
    "Serves the pinned yandex provider schema and rules over Terraform's plugin protocol 6. Terraform starts it with\n" +
    "no arguments; run `npm run tf:validate` or `npm run tf:plan` instead of starting it by hand.",
  options: {},
  exitCodes: { 0: "Terraform stopped the provider", 1: "the provider could not start" },
};

void runCommand(SPEC, "offline provider", process.argv.slice(2), () =>
  serveOfflineProvider().then(
    () => 0,
    (e: Error) => {
      process.stderr.write(`offline provider: ${e.message}\n`);
      process.exit(1);
    },
  ),
);
