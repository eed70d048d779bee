#!/usr/bin/env node
/**
 * `npm run tf:deploy [-- --project DIR] [-- --keep]`: the real cdktf CLI deploys every stack of a
 * cdktf or cdktn project (the example app by default) against the
 * offline stand-in provider in a sandbox copy, prints each stack's outputs, then proves the
 * deployment idempotent with `cdktf diff <stack>` for each stack.
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import { NO_TERRAFORM_EXIT_CODE, OfflineCdktf, PROJECT_OPTION, resolveProjectDir, terraformVersion } from "../offline-provider";

/** Exit codes of `npm run tf:deploy`. */
export enum DeployExitCode {
  OK = 0,
  FAILED = 1,
  NOT_IDEMPOTENT = 2,
  NO_TERRAFORM = NO_TERRAFORM_EXIT_CODE,
}

const HELP = `usage: npm run tf:deploy [-- --project DIR] [-- --keep]

Runs \`cdktf deploy '*' --auto-approve\` with the real cdktf CLI and terraform against the offline
stand-in provider, in a temporary copy of the project (your cdktf.out, state and lock files are not
touched), prints every stack's outputs, then runs \`cdktf diff <stack>\` for each stack: a deployed
stack must plan no changes. Nothing is created in a cloud; ids are placeholders. A cdktn project
deploys the same way: the cdktf CLI runs its app and reads the cdktf.out cdktn writes.

Options:
  --project DIR  ${PROJECT_OPTION.description}
  --keep         keep the sandbox (project copy, state, outputs file) and print its path
  --help         show this help

Exit codes:
  0  every stack deployed and plans no changes
  1  synth, deploy or diff failed, or bad arguments
  2  deployed, but a stack still plans changes (not idempotent)
  4  no terraform binary on PATH
`;

function main(argv: string[]): DeployExitCode {
  let keep: boolean;
  let project: string;
  try {
    const { values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { project: { type: "string" }, keep: { type: "boolean" }, help: { type: "boolean" } },
    });
    if (values.help) {
      process.stdout.write(HELP);
      return DeployExitCode.OK;
    }
    keep = values.keep ?? false;
    project = resolveProjectDir(values.project, "tf:deploy");
  } catch (e) {
    process.stderr.write(`tf:deploy: ${(e as Error).message}\n\n${HELP}`);
    return DeployExitCode.FAILED;
  }
  const version = terraformVersion();
  if (!version) {
    process.stderr.write("tf:deploy: no terraform binary on PATH. Install Terraform (1.5 or later) to deploy offline; `npm run check` needs none.\n");
    return DeployExitCode.NO_TERRAFORM;
  }
  process.stderr.write(`terraform ${version}, cdktf deploy against the offline stand-in for yandex-cloud/yandex (nothing reaches a cloud)\n`);
  const sandbox = new OfflineCdktf(project);
  try {
    const outputsFile = path.join(sandbox.terraform.root, "outputs.json");
    sandbox.deployAll(outputsFile);
    const stacks = sandbox.stacks();
    const outputs = readOutputs(outputsFile);
    for (const stack of stacks) {
      console.log(`${stack}: deployed`);
      for (const [name, value] of Object.entries(outputs[stack] ?? {})) console.log(`  ${name} = ${JSON.stringify(value)}`);
    }
    let changed = false;
    for (const stack of stacks) {
      const diff = sandbox.diff(stack);
      console.log(`${stack}: ${diff.noChanges ? "no changes after deploy" : "CHANGES after deploy (not idempotent)"}`);
      if (!diff.noChanges) {
        changed = true;
        console.log(diff.run.output.replace(/^/gm, "  "));
      }
    }
    return changed ? DeployExitCode.NOT_IDEMPOTENT : DeployExitCode.OK;
  } catch (e) {
    process.stderr.write(`tf:deploy: ${(e as Error).message}\n`);
    return DeployExitCode.FAILED;
  } finally {
    if (keep) process.stderr.write(`sandbox kept: ${sandbox.terraform.root} (project copy in ${sandbox.projectDir})\n`);
    else sandbox.dispose();
  }
}

function readOutputs(file: string): Record<string, Record<string, unknown>> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>) : {};
}

process.exitCode = main(process.argv.slice(2));
