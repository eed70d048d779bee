#!/usr/bin/env node
/**
 * `npm run diff -- --base <git ref> [--json]`: what the working tree changes in the synthesized
 * stacks compared with `ref`, with no cloud credentials: created, destroyed, updated and
 * replaced resources, and in the Markdown a Mermaid picture of each changed stack. Exit 0:
 * no changes; 2: changes; 3: something is replaced or destroyed; 1: the diff could not be made.
 */
import { compareApps, exitCodeOf, renderJson, renderMarkdown, synthesizeBothSides } from "../lib/review";

function main(argv: string[]): number {
  const i = argv.indexOf("--base");
  const base = i >= 0 ? argv[i + 1] : undefined;
  if (!base) {
    process.stderr.write("usage: npm run diff -- --base <git ref> [--json]\n");
    return 1;
  }
  const { before, after } = synthesizeBothSides(process.cwd(), base);
  const report = compareApps(before, after);
  process.stdout.write(argv.includes("--json") ? `${renderJson(report, base)}\n` : renderMarkdown(report, base, { before, after }));
  return exitCodeOf(report);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`diff: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
