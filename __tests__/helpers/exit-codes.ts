import * as fs from "fs";
import * as path from "path";
import { ROOT } from "./run-app";

/** One row of an exit code table in the docs: `| code | meaning | ... |`. */
export interface ExitCodeRow {
  readonly code: number;
  readonly meaning: string;
  /** The cells after the meaning, trimmed. */
  readonly rest: string[];
}

/** The rows of the exit code table under `## Exit codes` in a doc (docs/CLI.md holds the one table; command pages repeat their rows). */
export function exitCodeRows(doc: string): ExitCodeRow[] {
  const text = fs.readFileSync(path.join(ROOT, doc), "utf8");
  const section = text.slice(text.indexOf("\n## Exit codes\n")).split(/\n## /)[1] ?? "";
  return [...section.matchAll(/^\| (\d+) \| ([^|]+) \|(.*)\|$/gm)].map(([, code, meaning, rest]) => ({
    code: Number(code),
    meaning: meaning.trim(),
    rest: rest.split("|").map((c) => c.trim()),
  }));
}
