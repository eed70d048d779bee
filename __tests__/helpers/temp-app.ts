import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ROOT } from "./run-app";

/**
 * A cdktf project in a new temporary directory whose app (`node app.js`) runs `body` with `cdktf`,
 * the library (`lib`) and the yandex bindings (`yandex(<binding>)`) loaded from this repository's
 * build/; remove it with `fs.rmSync(dir, { recursive: true })`.
 */
export function writeTempApp(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "temp-app-"));
  const app = [
    `const path = require("path");`,
    `const root = ${JSON.stringify(ROOT)};`,
    `const cdktf = require(path.join(root, "node_modules/cdktf"));`,
    `const lib = require(path.join(root, "build/lib"));`,
    `const yandex = (binding) => require(path.join(root, "build/.gen/providers/yandex", binding));`,
    body,
  ].join("\n");
  fs.writeFileSync(path.join(dir, "app.js"), app);
  fs.writeFileSync(path.join(dir, "cdktf.json"), JSON.stringify({ language: "typescript", app: "node app.js", sendCrashReports: "false" }));
  return dir;
}

/** Every file under `dir`, relative, sorted: to prove a command wrote nothing there. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}
