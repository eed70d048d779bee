#!/usr/bin/env node
/**
 * `npm run graph [-- --stack NAME] [--format mermaid|dot] [--outdir DIR]`: draws the synthesized
 * app, every stack with its resources, data sources and the references between them (including
 * cross-stack ones), as a Mermaid flowchart or a Graphviz digraph. `--help` lists the exit codes.
 */
import * as path from "path";
import { readSynthesizedStacks } from "../lib/private/app-synth";
import { CliSpec, CommandLine, ExitCode, OUTPUT_OPTION, runCommand, stringValue, UsageError, writeOutput } from "../lib/private/cli";
import { appDrawing, buildAppGraph, renderDot, renderMermaid, StackDocument, stackGraph, synthesizeProject } from "../lib/review";

const FORMATS = ["mermaid", "dot"];

const SPEC: CliSpec = {
  name: "cr-websocket-graph",
  command: "cr-websocket-graph",
  summary:
    'Draws the app of the project in the current directory (its cdktf.json "app"), synthesized into a temporary\n' +
    "directory: every stack, its resources and data sources, and an arrow from each to what it refers to\n" +
    "(depends_on dashed, cross-stack references bold). For an SVG: --format dot | dot -Tsvg > app.svg",
  options: {
    stack: { type: "string", valueName: "NAME", description: "only this stack, with the resources of other stacks it is connected to" },
    format: { type: "string", valueName: "FORMAT", description: "mermaid (default; GitHub renders it in Markdown) or dot (Graphviz)" },
    outdir: { type: "string", valueName: "DIR", description: "read the stacks already synthesized in DIR instead of synthesizing" },
    output: OUTPUT_OPTION,
  },
  exitCodes: {
    [ExitCode.OK]: "drawn",
    [ExitCode.COULD_NOT_RUN]: "the app could not be synthesized or read, or has no such stack",
  },
};

function main({ values }: CommandLine): number {
  const format = stringValue(values, "format") ?? "mermaid";
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}; got ${JSON.stringify(format)}`);
  const outdir = stringValue(values, "outdir");
  const app: Record<string, StackDocument> =
    outdir !== undefined
      ? Object.fromEntries(readSynthesizedStacks(path.resolve(outdir)).map((s) => [s.name, JSON.parse(s.text) as StackDocument]))
      : synthesizeProject(process.cwd());
  const all = buildAppGraph(app);
  const stack = stringValue(values, "stack");
  const graph = stack === undefined ? all : stackGraph(all, stack);
  writeOutput(values, format === "dot" ? renderDot(graph) : renderMermaid(appDrawing(graph)));
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
