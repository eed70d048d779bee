import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { readSynthesizedStacks } from "../../lib/private/app-synth";
import { RemoteStateEnv } from "../../lib/remote-state";
import { dependencyOrder } from "./run-app";
import { OfflineTerraform, TerraformRun } from "./terraform";

/** Entries of a project that a sandbox copy leaves out: installs, outputs, state, caches. */
const NOT_COPIED = new Set(["node_modules", ".git", "cdktf.out", "build", "dist", "coverage", "reports", ".stryker-tmp", ".terraform"]);

/** One cdktf CLI invocation's result; `output` is stdout and stderr without terminal control sequences. */
export interface CdktfRun extends TerraformRun {
  readonly output: string;
}

/** What `cdktf diff <stack>` found. */
export interface StackDiff {
  readonly stack: string;
  /** True when Terraform reported "No changes." and no plan line. */
  readonly noChanges: boolean;
  readonly run: CdktfRun;
}

/** The cdktf CLI this repository pins (`cdktf-cli` in devDependencies). */
export function cdktfCliPath(): string {
  return path.join(path.dirname(require.resolve("cdktf-cli/package.json")), "bundle", "bin", "cdktf");
}

/**
 * The real cdktf CLI in a sandbox copy of a cdktf project, with the real `terraform` installing the
 * offline stand-in provider from the sandbox's filesystem mirror: `cdktf deploy`, `diff`, `output`
 * and `destroy` run for real, but the state is sandbox-local placeholders and nothing reaches a
 * cloud. The project's own `cdktf.out`, state and lock files are never touched; its `node_modules`
 * is linked, not copied.
 */
export class OfflineCdktf {
  /** The terraform sandbox: mirror, CLI config and TLS identity of the stand-in. */
  public readonly terraform: OfflineTerraform;
  /** The project copy the CLI runs in (its state files land here). */
  public readonly projectDir: string;

  public constructor(sourceDir: string) {
    if (!fs.existsSync(path.join(sourceDir, "cdktf.json"))) throw new Error(`${sourceDir} has no cdktf.json: run this in a cdktf project.`);
    this.terraform = new OfflineTerraform();
    this.projectDir = path.join(this.terraform.root, "project");
    try {
      copyProject(sourceDir, this.projectDir);
    } catch (e) {
      this.terraform.dispose();
      throw e;
    }
  }

  /** Runs `cdktf <args>` in the project copy; `env` adds variables (the app sees them too). */
  public run(args: string[], env: NodeJS.ProcessEnv = {}): CdktfRun {
    return this.spawn(process.execPath, [cdktfCliPath(), ...args], env);
  }

  /** Runs a shell command line (`npx cdktf ...`, `npm run ...`) in the project copy with the same environment. */
  public shell(commandLine: string, env: NodeJS.ProcessEnv = {}): CdktfRun {
    return this.spawn("/bin/sh", ["-c", commandLine], env);
  }

  /** The environment the CLI runs with: {@link cliSandboxEnvironment} of this sandbox, plus `env`. */
  public environment(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return cliSandboxEnvironment(this.terraform, env);
  }

  private spawn(command: string, args: string[], env: NodeJS.ProcessEnv): CdktfRun {
    const childEnv = this.environment(env);
    const result = spawnSync(command, args, { cwd: this.projectDir, env: childEnv, encoding: "utf8", maxBuffer: 1 << 28 });
    if (result.error) throw result.error;
    const output = stripTerminalCodes(`${result.stdout}\n${result.stderr}`);
    return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, output };
  }

  /** `cdktf deploy '*' --auto-approve` with the outputs written to `outputsFile`; throws with cdktf's output on failure. */
  public deployAll(outputsFile: string, env: NodeJS.ProcessEnv = {}): CdktfRun {
    const run = this.run(["deploy", "*", "--auto-approve", "--skip-provider-lock", "--outputs-file", outputsFile], env);
    if (run.status !== 0) throw new Error(`cdktf deploy failed (exit ${run.status}):\n${lastLines(run.output)}`);
    return run;
  }

  /** `cdktf diff <stack>`; throws with cdktf's output when the plan itself fails. */
  public diff(stack: string, env: NodeJS.ProcessEnv = {}): StackDiff {
    const run = this.run(["diff", stack, "--skip-provider-lock"], env);
    if (run.status !== 0) throw new Error(`cdktf diff ${stack} failed (exit ${run.status}):\n${lastLines(run.output)}`);
    return { stack, noChanges: /No changes\./.test(run.output) && !/Plan: \d+ to add/.test(run.output), run };
  }

  /** The stacks of the last synth in the project copy, each after the stacks it reads from. */
  public stacks(): string[] {
    const config = JSON.parse(fs.readFileSync(path.join(this.projectDir, "cdktf.json"), "utf8")) as { output?: string };
    return dependencyOrder(readSynthesizedStacks(path.join(this.projectDir, config.output ?? "cdktf.out"))).map((s) => s.name);
  }

  /** Removes the sandbox, project copy included. */
  public dispose(): void {
    this.terraform.dispose();
  }
}

/**
 * The environment a cdktf or cdktn CLI runs with against the stand-in: the terraform sandbox's
 * (its CLI config installs the stand-in from the sandbox's mirror), plus `env`, with no plugin
 * cache and no remote state. Both CLIs read the same variables.
 */
export function cliSandboxEnvironment(terraform: OfflineTerraform, env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const childEnv: NodeJS.ProcessEnv = {
    ...terraform.env,
    ...env,
    // the CLIs point TF_PLUGIN_CACHE_DIR at ~/.terraform.d/plugin-cache by default: the stand-in
    // must never land in a cache that a real deploy would later install the provider from.
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "true",
    CI: "1",
    FORCE_COLOR: "0",
  };
  delete childEnv.TF_PLUGIN_CACHE_DIR;
  // the sandbox keeps every stack's state locally: the example app's remote-state settings stay out
  for (const name of Object.values(RemoteStateEnv)) if (!(name in env)) delete childEnv[name];
  return childEnv;
}

function copyProject(sourceDir: string, targetDir: string): void {
  fs.mkdirSync(targetDir, { recursive: true });
  for (const entry of fs.readdirSync(sourceDir)) {
    if (NOT_COPIED.has(entry) || /\.tfstate(\.|$)/.test(entry)) continue;
    fs.cpSync(path.join(sourceDir, entry), path.join(targetDir, entry), { recursive: true });
  }
  const modules = path.join(sourceDir, "node_modules");
  if (fs.existsSync(modules)) fs.symlinkSync(fs.realpathSync(modules), path.join(targetDir, "node_modules"), "dir");
}

/** Removes ANSI colour and cursor sequences (cdktf's progress display) from CLI output. */
export function stripTerminalCodes(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "").replace(/\r/g, "");
}

function lastLines(text: string, count = 40): string {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "" && !/^\s*[⠁-⣿]\s+Processing/.test(l))
    .slice(-count)
    .join("\n");
}
