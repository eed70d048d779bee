import * as fs from "fs";
import * as path from "path";

/** The fenced ```<lang> blocks of README.md's `## <section>`, each dedented to its fence; fails when the section is missing. */
export function readmeBlocks(section: string, lang: string): string[] {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${section}" section`);
  const end = readme.indexOf("\n## ", start + 1);
  const body = readme.slice(start, end < 0 ? undefined : end);
  return [...body.matchAll(new RegExp(`^( *)\`\`\`${lang}\\n([^]*?)^ *\`\`\`$`, "gm"))].map(([, indent, text]) =>
    text
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n"),
  );
}

/** The command lines of a shell block, comments and blank lines dropped. */
export function commandLines(block: string): string[] {
  return block
    .split("\n")
    .map((line) => line.replace(/(^|\s+)#.*$/, "").trim())
    .filter((line) => line !== "");
}

/** The command lines of the ```sh blocks in README.md's `## <section>`, comments stripped. */
export function readmeCommands(section: string): string[] {
  return readmeBlocks(section, "sh").flatMap(commandLines);
}
