#!/usr/bin/env node
/**
 * The offline stand-in for terraform-provider-yandex 0.222.0. Terraform starts it (through the
 * filesystem mirror that `npm run tf:validate` / `tf:plan` set up); it is never run by hand.
 */
import { serveOfflineProvider } from "../offline-provider/server";

serveOfflineProvider().catch((e: Error) => {
  process.stderr.write(`offline provider: ${e.message}\n`);
  process.exit(1);
});
