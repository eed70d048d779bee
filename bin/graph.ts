#!/usr/bin/env node
/**
 * `npm run graph [-- --stack NAME] [--format mermaid|dot] [--outdir DIR]`: draws the synthesized
 * app, every stack with its resources, data sources and the references between them (including
 * cross-stack ones), as a Mermaid flowchart or a Graphviz digraph.
 */
import { parseArgs } from "node:util";
import * as path from "path";
import { readSynthesizedStacks } from "../lib/private/app-synth";
import { appDrawing, buildAppGraph, renderDot, renderMermaid, StackDocument, stackGraph, synthesizeProject } from "../lib/review";

const FORMATS = ["mermaid", "dot"];
const USAGE = `usage: npm run graph -- [--stack NAME] [--format mermaid|dot] [--outdir DIR]

Draws the app of the project in the current directory (its cdktf.json "app"), synthesized into
a temporary directory: every stack, its resources and data sources, and an arrow from each to
what it refers to (depends_on dashed, cross-stack references bold).

  --stack NAME      only this stack, with the resources of other stacks it is connected to
  --format FORMAT   mermaid (default; GitHub renders it in Markdown) or dot (Graphviz:
                    npm run --silent graph -- --format dot | dot -Tsvg > app.svg)
  --outdir DIR      read the stacks already synthesized in DIR instead of synthesizing
  -h, --help        this text

Exit codes: 0 drawn; 1 the app could not be synthesized or read, or has no such stack;
2 bad arguments.
`;

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        stack: { type: "string" },
        format: { type: "string", default: "mermaid" },
        outdir: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    process.stderr.write(`graph: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!FORMATS.includes(values.format)) {
    process.stderr.write(`graph: --format must be one of ${FORMATS.join(", ")}; got "${values.format}"\n`);
    return 2;
  }
  const app: Record<string, StackDocument> = values.outdir
    ? Object.fromEntries(readSynthesizedStacks(path.resolve(values.outdir)).map((s) => [s.name, JSON.parse(s.text) as StackDocument]))
    : synthesizeProject(process.cwd());
  const all = buildAppGraph(app);
  const graph = values.stack === undefined ? all : stackGraph(all, values.stack);
  process.stdout.write(values.format === "dot" ? renderDot(graph) : renderMermaid(appDrawing(graph)));
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`graph: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
