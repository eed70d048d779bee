/** Splits a Markdown table row into its cells, keeping a `|` inside backticks. */
export function markdownCells(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let code = false;
  for (const ch of line.trim().replace(/^\||\|$/g, "")) {
    if (ch === "`") code = !code;
    if (ch === "|" && !code) {
      cells.push(current.trim());
      current = "";
    } else current += ch;
  }
  return [...cells, current.trim()];
}
