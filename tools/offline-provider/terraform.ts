import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { YANDEX_PROVIDER_VERSION } from "../../lib/provider-schema/pinned";
import { EXISTING_OBJECTS_ENV, ExistingObjects } from "./existing";
import { TLS_DIR_ENV, writeServerIdentity } from "./tls";

const PROVIDER_ADDRESS = "registry.terraform.io/yandex-cloud/yandex";

/** The terraform binary's version, or undefined when there is none on PATH. */
export function terraformVersion(): string | undefined {
  const run = spawnSync("terraform", ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (run.error || run.status !== 0) return undefined;
  return (JSON.parse(run.stdout) as { terraform_version: string }).terraform_version;
}

/** One terraform invocation's result. */
export interface TerraformRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A Terraform diagnostic from `-json` output. */
export interface TerraformDiagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  readonly range?: { filename: string };
}

/** What a plan does, counted by action. */
export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly destroy: number;
  readonly read: number;
  /** Existing objects the plan imports (import blocks), whatever else it does to them. */
  readonly import: number;
}

/** One resource change from `terraform show -json`. */
export interface PlannedChange {
  readonly address: string;
  readonly actions: string[];
  readonly replacePaths?: unknown[];
  /** The id an import block imports the resource from. */
  readonly importing?: string;
}

/**
 * A sandbox in a temporary directory where the real `terraform` runs against the offline
 * stand-in provider: a filesystem mirror holding a launcher for it, a CLI config that installs
 * the yandex provider only from that mirror, and one directory per stack with a local state.
 * Nothing is written outside the sandbox, so the project's state, lock files and `cdktf.out`
 * are never touched and the stand-in's lock hashes never reach a repository.
 */
export class OfflineTerraform {
  /** Root of the sandbox. */
  public readonly root: string;
  /** The environment terraform runs with here: the CLI config that installs the stand-in, its TLS identity, no checkpoint calls. */
  public readonly env: NodeJS.ProcessEnv;

  public constructor() {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), "offline-terraform-"));
    const mirror = path.join(this.root, "mirror");
    const platform = `${os.platform()}_${os.arch() === "x64" ? "amd64" : os.arch()}`;
    const pluginDir = path.join(mirror, PROVIDER_ADDRESS, YANDEX_PROVIDER_VERSION, platform);
    fs.mkdirSync(pluginDir, { recursive: true });
    const launcher = path.join(pluginDir, `terraform-provider-yandex_v${YANDEX_PROVIDER_VERSION}`);
    const entry = providerEntry();
    fs.writeFileSync(launcher, `#!/bin/sh\nexec "${process.execPath}" "${entry}" "$@"\n`, { mode: 0o755 });
    const cliConfig = path.join(this.root, "terraform.rc");
    fs.writeFileSync(
      cliConfig,
      `provider_installation {\n  filesystem_mirror {\n    path    = "${mirror}"\n    include = ["${PROVIDER_ADDRESS}"]\n  }\n` +
        `  direct {\n    exclude = ["${PROVIDER_ADDRESS}"]\n  }\n}\n`,
    );
    const tlsDir = path.join(this.root, "tls");
    writeServerIdentity(tlsDir);
    this.env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: cliConfig,
      TF_IN_AUTOMATION: "1",
      CHECKPOINT_DISABLE: "1",
      TF_INPUT: "0",
      [TLS_DIR_ENV]: tlsDir,
    };
    delete this.env.TF_DATA_DIR;
    delete this.env[EXISTING_OBJECTS_ENV];
    delete this.env.TF_WORKSPACE;
  }

  /**
   * Gives the stand-in objects that exist before any plan (`--existing`): terraform can import
   * them, and reads and applies of them go to this sandbox's store.
   */
  public setExisting(objects: ExistingObjects): void {
    const file = path.join(this.root, "existing-objects.json");
    fs.writeFileSync(file, JSON.stringify(objects));
    this.env[EXISTING_OBJECTS_ENV] = file;
  }

  /** Where a stack's configuration and state live in the sandbox. */
  public stackDir(stack: string): string {
    return path.join(this.root, "stacks", stack);
  }

  /** The state file of a stack in the sandbox. */
  public statePath(stack: string): string {
    return path.join(this.stackDir(stack), "terraform.tfstate");
  }

  /**
   * Writes a synthesized stack into the sandbox with its backend forced to the sandbox's local
   * state, and local-backend remote-state reads (cdktf's cross-stack references) pointed at the
   * sandbox states of the stacks they name in `statePaths` (original path → stack).
   */
  public writeStack(stack: string, doc: Record<string, unknown>, statePaths: Record<string, string> = {}): string {
    const dir = this.stackDir(stack);
    fs.mkdirSync(dir, { recursive: true });
    const copy = JSON.parse(JSON.stringify(doc)) as {
      terraform?: Record<string, unknown>;
      data?: Record<string, Record<string, Record<string, unknown>>>;
    };
    copy.terraform = { ...(copy.terraform ?? {}), backend: { local: { path: this.statePath(stack) } } };
    for (const remote of Object.values(copy.data?.terraform_remote_state ?? {})) {
      const config = remote.config as { path?: string } | undefined;
      if (remote.backend === "local" && config?.path && statePaths[config.path]) config.path = this.statePath(statePaths[config.path]);
    }
    fs.writeFileSync(path.join(dir, "cdk.tf.json"), JSON.stringify(copy, null, 2));
    return dir;
  }

  /** Runs terraform in a stack's directory. */
  public run(stack: string, args: string[]): TerraformRun {
    const result = spawnSync("terraform", args, { cwd: this.stackDir(stack), env: this.env, encoding: "utf8", maxBuffer: 1 << 28 });
    if (result.error) throw result.error;
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
  }

  /** `terraform init` against the mirror; throws with Terraform's output when it fails. */
  public init(stack: string): void {
    const result = this.run(stack, ["init", "-input=false", "-no-color"]);
    if (result.status !== 0) throw new Error(`terraform init failed for ${stack}:\n${result.stderr || result.stdout}`);
  }

  /** `terraform validate -json`: whether it passed, and every diagnostic. */
  public validate(stack: string): { valid: boolean; diagnostics: TerraformDiagnostic[] } {
    const result = this.run(stack, ["validate", "-json", "-no-color"]);
    const parsed = JSON.parse(result.stdout) as { valid: boolean; diagnostics: TerraformDiagnostic[] };
    return { valid: parsed.valid, diagnostics: parsed.diagnostics };
  }

  /** `terraform plan -out` + `show -json`: the resource changes and their summary; throws with Terraform's output on failure. */
  public plan(stack: string): { summary: PlanSummary; changes: PlannedChange[]; planFile: string } {
    const planFile = path.join(this.stackDir(stack), "plan.tfplan");
    const result = this.run(stack, ["plan", "-input=false", "-no-color", "-lock=false", `-out=${planFile}`]);
    if (result.status !== 0) throw new Error(`terraform plan failed for ${stack}:\n${result.stderr || result.stdout}`);
    const shown = this.run(stack, ["show", "-json", planFile]);
    const plan = JSON.parse(shown.stdout) as {
      resource_changes?: Array<{ address: string; change: { actions: string[]; replace_paths?: unknown[]; importing?: { id?: string } } }>;
    };
    const changes = (plan.resource_changes ?? []).map((c) => ({
      address: c.address,
      actions: c.change.actions,
      replacePaths: c.change.replace_paths,
      ...(c.change.importing && { importing: c.change.importing.id ?? "" }),
    }));
    return { summary: summarizePlan(changes), changes, planFile };
  }

  /** `terraform apply` of a saved plan into the sandbox state: the stand-in fills in placeholders, nothing reaches a cloud. */
  public apply(stack: string, planFile: string): void {
    const result = this.run(stack, ["apply", "-input=false", "-no-color", "-lock=false", "-auto-approve", planFile]);
    if (result.status !== 0) throw new Error(`terraform apply (offline) failed for ${stack}:\n${result.stderr || result.stdout}`);
  }

  /** Removes the sandbox. */
  public dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * The compiled stand-in's entry point: beside this file's compiled output (build/ or dist/), or,
 * when this module runs from TypeScript source (jest, ts-node), in build/ (`tools/build.mjs`).
 */
function providerEntry(): string {
  const candidates = [path.resolve(__dirname, "../cli/offline-provider.js"), path.resolve(__dirname, "../../build/tools/cli/offline-provider.js")];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error(`The offline provider is not built (looked for ${candidates.join(", ")}); run \`node tools/build.mjs\`.`);
  return found;
}

/** Counts plan actions the way Terraform's own summary line does. */
export function summarizePlan(changes: PlannedChange[]): PlanSummary {
  const summary = { create: 0, update: 0, replace: 0, destroy: 0, read: 0, import: 0 };
  for (const { actions, importing } of changes) {
    if (importing !== undefined) summary.import++;
    const key = actions.join(",");
    if (key === "create") summary.create++;
    else if (key === "update") summary.update++;
    else if (key === "delete") summary.destroy++;
    else if (key === "read") summary.read++;
    else if (actions.includes("create") && actions.includes("delete")) summary.replace++;
  }
  return summary;
}
