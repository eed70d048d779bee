/**
 * The provider oracle (`tools/provider-oracle`, a Go program of ours) from TypeScript: the provider's
 * own schema source read with go/parser, and its real string validators run on values. Needs Go;
 * the module and build caches live under the user's cache directory, not under `HOME` (the tests
 * run with a fresh one), so a second run downloads and builds nothing.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { YANDEX_PROVIDER_VERSION } from "../../lib/provider-schema";

/** The provider's Go module. */
export const PROVIDER_MODULE = "github.com/yandex-cloud/terraform-provider-yandex";

/** The oracle's Go module, found from this file in `tools/` or its transpiled copy in `build/tools/`. */
function oracleDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "tools", "provider-oracle");
    if (fs.existsSync(path.join(candidate, "go.mod"))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`no tools/provider-oracle/go.mod above ${__dirname}`);
  }
}

/** A validator or plan modifier as the provider writes it, as `provider-oracle schema` prints it. */
export interface OracleCall {
  /** `stringvalidator.LengthBetween` */
  readonly func: string;
  /** The literal arguments: numbers, strings, a regexp.MustCompile's pattern. */
  readonly args?: ReadonlyArray<number | string>;
  /** The validators a collection validator applies to each element (`mapvalidator.KeysAre`). */
  readonly inner?: readonly OracleCall[];
  /** The call as written. */
  readonly source: string;
}

/** One attribute in the provider's source, by its dotted path. */
export interface OracleAttribute {
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  readonly forceNew?: boolean;
  readonly validators?: readonly OracleCall[];
  readonly planModifiers?: readonly OracleCall[];
}

/** What the provider's source says about one resource or data source type. */
export interface OracleType {
  readonly kind: "resource" | "data";
  readonly name: string;
  readonly implementation: "framework" | "sdkv2";
  /** The file it is defined in, relative to the provider's source root. */
  readonly file: string;
  readonly attributes: Readonly<Record<string, OracleAttribute>>;
}

/** One value's verdict from the real validators. */
export interface OracleVerdict {
  readonly accepted: boolean;
  readonly errors?: readonly string[];
}

/**
 * Where Go keeps the oracle's modules and builds: `$CR_WEBSOCKET_TRIGGER_GO_CACHE`, else
 * `${XDG_CACHE_HOME:-~/.cache}/cr-websocket-trigger/go` of the user in the password database, which
 * a test's temporary `HOME` does not move.
 */
export function goCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CR_WEBSOCKET_TRIGGER_GO_CACHE) return env.CR_WEBSOCKET_TRIGGER_GO_CACHE;
  const base = env.XDG_CACHE_HOME || path.join(os.userInfo().homedir, ".cache");
  return path.join(base, "cr-websocket-trigger", "go");
}

/** The environment of every go command the oracle runs: its caches, the local toolchain only, go.sum as committed. */
export function goEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const cache = goCacheDir(env);
  return {
    ...env,
    GOMODCACHE: path.join(cache, "mod"),
    GOCACHE: path.join(cache, "build"),
    GOPATH: path.join(cache, "path"),
    GOTOOLCHAIN: "local",
    GOFLAGS: "-mod=readonly",
    GOWORK: "off",
  };
}

function go(args: string[], input?: string): string {
  return execFileSync("go", args, {
    cwd: oracleDir(),
    env: goEnv(),
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** True when a `go` command runs here. */
export function hasGo(): boolean {
  try {
    execFileSync("go", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The provider's source at the pinned version, from the module proxy into the cache: its directory. */
export function providerSourceDir(): string {
  const out = JSON.parse(go(["mod", "download", "-json", `${PROVIDER_MODULE}@v${YANDEX_PROVIDER_VERSION}`])) as { Dir?: string; Error?: string };
  if (!out.Dir) throw new Error(`go mod download ${PROVIDER_MODULE}@v${YANDEX_PROVIDER_VERSION}: ${out.Error ?? "no directory"}`);
  return out.Dir;
}

/** Every type the oracle reads, as the provider's source defines it. */
export function readProviderSchema(sourceDir: string = providerSourceDir()): OracleType[] {
  return (JSON.parse(go(["run", ".", "schema", sourceDir])) as { types: OracleType[] }).types;
}

/** The real validators' verdict on each value, in order. */
export function runValidators(validators: readonly OracleCall[], values: readonly string[]): OracleVerdict[] {
  return JSON.parse(go(["run", ".", "validate"], JSON.stringify({ validators, values }))) as OracleVerdict[];
}
