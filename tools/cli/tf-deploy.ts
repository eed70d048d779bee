#!/usr/bin/env node
/**
 * `npm run tf:deploy [-- --project DIR] [--keep]`: the real cdktf CLI deploys every stack of a
 * cdktf or cdktn project (the example app by default) against the offline stand-in provider in a
 * sandbox copy, prints each stack's outputs, then proves the deployment idempotent with
 * `cdktf diff <stack>` for each stack. `--help` lists the exit codes.
 */
import * as fs from "fs";
import * as path from "path";
import { CliSpec, CommandLine, ExitCode, runCommand, stringValue, stringValues } from "../../lib/private/cli";
import { EXISTING_OPTION, OfflineCdktf, PROJECT_OPTION, readExistingFiles, resolveProjectDir, terraformVersion } from "../offline-provider";

const SPEC: CliSpec = {
  name: "tf:deploy",
  command: "npm run tf:deploy --",
  summary:
    "Runs `cdktf deploy '*' --auto-approve` with the real cdktf CLI and terraform against the offline stand-in provider,\n" +
    "in a temporary copy of the project (your cdktf.out, state and lock files are not touched), prints every stack's\n" +
    "outputs, then runs `cdktf diff <stack>` for each stack: a deployed stack must plan no changes. Nothing is created\n" +
    "in a cloud; ids are placeholders. A cdktn project deploys the same way: the cdktf CLI runs its app and reads the\n" +
    "cdktf.out cdktn writes.",
  options: {
    project: PROJECT_OPTION,
    keep: { type: "boolean", description: "keep the sandbox (project copy, state, outputs file) and print its path" },
    existing: EXISTING_OPTION,
  },
  exitCodes: {
    [ExitCode.OK]: "every stack deployed and plans no changes",
    [ExitCode.COULD_NOT_RUN]: "no terraform binary on PATH, or synth, deploy or diff failed",
    [ExitCode.CHANGES]: "deployed, but a stack still plans changes (not idempotent)",
  },
};

function main({ values }: CommandLine): ExitCode {
  const keep = values.keep === true;
  const project = resolveProjectDir(stringValue(values, "project"), "tf:deploy");
  const existing = readExistingFiles(stringValues(values, "existing"));
  const version = terraformVersion();
  if (!version) throw new Error("no terraform binary on PATH. Install Terraform (1.5 or later) to deploy offline; `npm run check` needs none.");
  process.stderr.write(`terraform ${version}, cdktf deploy against the offline stand-in for yandex-cloud/yandex (nothing reaches a cloud)\n`);
  const sandbox = new OfflineCdktf(project);
  sandbox.terraform.setExisting(existing);
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
    return changed ? ExitCode.CHANGES : ExitCode.OK;
  } finally {
    if (keep) process.stderr.write(`sandbox kept: ${sandbox.terraform.root} (project copy in ${sandbox.projectDir})\n`);
    else sandbox.dispose();
  }
}

function readOutputs(file: string): Record<string, Record<string, unknown>> {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>) : {};
}

void runCommand(SPEC, process.argv.slice(2), main);
