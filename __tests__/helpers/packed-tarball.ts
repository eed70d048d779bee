import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { promisify } from "util";
import { ROOT } from "./run-app";

const run = promisify(execFile);

/** The variable through which the e2e tier's global setup tells the tests where the packed tarball is. */
export const PACKED_TARBALL_ENV = "E2E_PACKED_TARBALL_DIR";

/** Longest `npm pack` (its prepack builds dist/) may take. */
const PACK_TIMEOUT_MS = 300_000;

/** Outputs of the build and of local tooling that never belong in the copy that is packed. */
const NOT_COPIED = new Set([".git", "node_modules", "dist", "build", "cdktf.out", "coverage", "reports", ".stryker-tmp", ".terraform"]);

/** What `npm pack` made. */
export interface PackedTarball {
  /** Absolute path of the `.tgz`. */
  readonly tarball: string;
  /** Every file in it, as `npm pack --json` lists them (`dist/lib/index.js`, ...). */
  readonly files: string[];
}

/** Variables of the calling npm, of cdktf, of terraform, of this project's example app and Node's module search, none of which a new machine has. */
const INHERITED = /^(npm_|cdktf_|tf_|cr_ws_|node_path$|node_options$|init_cwd$)/i;

/** The environment of a first npm run on a new machine: nothing {@link INHERITED}, the given HOME and npm cache. */
export function freshNpmEnv(home: string, cache: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !INHERITED.test(k)));
  return { ...env, HOME: home, npm_config_cache: cache, npm_config_update_notifier: "false", CHECKPOINT_DISABLE: "1", ...extra };
}

/**
 * Runs `npm pack` in a copy of this repository made in `dir` (its prepack builds dist/ there,
 * never here) with a new HOME and npm cache, and leaves the tarball in `dir`.
 */
export async function packTarball(dir: string): Promise<PackedTarball> {
  const source = path.join(dir, "source");
  fs.cpSync(ROOT, source, {
    recursive: true,
    filter: (src) => path.dirname(src) !== ROOT || !(NOT_COPIED.has(path.basename(src)) || src.endsWith(".tgz")),
  });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(source, "node_modules"), "dir");
  fs.mkdirSync(path.join(dir, "home"));
  const env = freshNpmEnv(path.join(dir, "home"), path.join(dir, "npm-cache"));
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: source,
    env,
    maxBuffer: 1 << 26,
    timeout: PACK_TIMEOUT_MS,
  });
  // prepack's build prints before npm's JSON
  const [{ filename, files }] = JSON.parse(stdout.slice(stdout.indexOf("\n[") + 1)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  fs.rmSync(source, { recursive: true, force: true });
  const packed = { tarball: path.join(dir, filename), files: files.map((f) => f.path) };
  fs.writeFileSync(path.join(dir, "packed.json"), JSON.stringify(packed));
  return packed;
}

/** The tarball the e2e tier's global setup packed (tools/jest/e2e-global-setup.ts); fails outside that tier. */
export function packedTarball(): PackedTarball {
  const dir = process.env[PACKED_TARBALL_ENV];
  if (!dir || !fs.existsSync(path.join(dir, "packed.json"))) {
    throw new Error(`${PACKED_TARBALL_ENV} names no packed tarball: run this test in the e2e tier (npm run test:e2e, or jest -c jest.e2e.config.js)`);
  }
  return JSON.parse(fs.readFileSync(path.join(dir, "packed.json"), "utf8")) as PackedTarball;
}
