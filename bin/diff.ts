#!/usr/bin/env node
/**
 * `npm run diff -- --base <git ref> [--json]`: what the working tree changes in the synthesized
 * stacks compared with `ref`, with no cloud credentials: created, destroyed, updated and
 * replaced resources, and in the Markdown a Mermaid picture of each changed stack. `--help` lists the exit codes.
 */
import { CliSpec, CommandLine, requiredString, runCommand, writeOutput } from "../lib/private/cli";
import { requireGitWorkTree } from "../lib/private/git-repository";
import { compareApps, DIFF_EXIT_CODES, DIFF_OPTIONS, exitCodeOf, renderJson, renderMarkdown, synthesizeBothSides } from "../lib/review";

const SPEC: CliSpec = {
  name: "cr-websocket-diff",
  command: "cr-websocket-diff",
  summary:
    "Synthesizes the app at a git ref (in a temporary worktree) and in the working tree, and reports what changes:\n" +
    "created, destroyed, updated and replaced resources, as Markdown or JSON. Needs no cloud credentials.",
  options: DIFF_OPTIONS,
  exitCodes: DIFF_EXIT_CODES,
};

function main({ values }: CommandLine): number {
  const base = requiredString(values, "base", "REF");
  requireGitWorkTree(process.cwd());
  const { before, after } = synthesizeBothSides(process.cwd(), base);
  const report = compareApps(before, after);
  writeOutput(values, values.json === true ? `${renderJson(report, base)}\n` : renderMarkdown(report, base, { before, after }));
  return exitCodeOf(report);
}

void runCommand(SPEC, process.argv.slice(2), main);
