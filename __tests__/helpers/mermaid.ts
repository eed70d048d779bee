import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "./run-app";

/** What the official Mermaid parser said about one diagram. */
export interface MermaidParse {
  readonly ok: boolean;
  readonly diagramType?: string;
  readonly error?: string;
}

/**
 * Parses diagrams with the `mermaid` package in a jsdom window, all in one child process
 * (mermaid is ESM-only and takes a while to load), one result per diagram in order.
 */
export function parseMermaid(diagrams: string[]): MermaidParse[] {
  const run = spawnSync(process.execPath, [path.join(ROOT, "tools/jest/mermaid-parse.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(diagrams),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`mermaid-parse.mjs exited with ${run.status}: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as MermaidParse[];
  if (results.length !== diagrams.length) throw new Error(`mermaid-parse.mjs answered ${results.length} of ${diagrams.length} diagrams`);
  return results;
}

/** The text of every ```mermaid block of a Markdown document, indented or not. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^( *)```mermaid\n([\s\S]*?)^\1```$/gm)].map((m) =>
    m[2]
      .split("\n")
      .map((l) => l.slice(m[1].length))
      .join("\n"),
  );
}

/** A flowchart the parser must refuse: an unterminated label. */
export const BROKEN_DIAGRAM = 'flowchart LR\n  a["never closed --> b\n';
