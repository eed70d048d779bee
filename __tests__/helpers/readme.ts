import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

/** The text of a Markdown file of this repository (`README.md`, `docs/OWN-STACK.md`). */
function markdown(file: string): string {
  return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** The body of `## <section>` of `file`, up to the next `## `; fails when the section is missing. */
function sectionOf(file: string, section: string): string {
  const text = markdown(file);
  const start = text.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`${file} has no "## ${section}" section`);
  const end = text.indexOf("\n## ", start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

/** A fenced block: its text, dedented to its fence, and the last non-empty line before it. */
interface Block {
  readonly text: string;
  readonly before: string;
}

function blocksOf(body: string, lang: string): Block[] {
  return [...body.matchAll(new RegExp(`^( *)\`\`\`${lang}\\n([^]*?)^ *\`\`\`$`, "gm"))].map((m) => ({
    text: m[2]
      .split("\n")
      .map((line) => (line.startsWith(m[1]) ? line.slice(m[1].length) : line))
      .join("\n"),
    before:
      body
        .slice(0, m.index)
        .split("\n")
        .filter((line) => line.trim() !== "")
        .pop() ?? "",
  }));
}

/** The fenced ```<lang> blocks of `## <section>` in the Markdown `file`, each dedented to its fence. */
export function docBlocks(file: string, section: string, lang: string): string[] {
  return blocksOf(sectionOf(file, section), lang).map((b) => b.text);
}

/** The command lines of the ```sh blocks of `## <section>` in the Markdown `file`, comments stripped. */
export function docCommands(file: string, section: string): string[] {
  return docBlocks(file, section, "sh").flatMap(commandLines);
}

/**
 * The files a doc's `## <section>` tells the reader to write: every fenced block whose line before
 * it ends with a sentence "Write `<file name>`:", by file name.
 */
export function docFiles(file: string, section: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of blocksOf(sectionOf(file, section), "\\w+")) {
    const name = /(?:^|\. )Write `([^`]+)`:$/.exec(block.before.trim())?.[1];
    if (name) out[name] = block.text;
  }
  return out;
}

/** The fenced ```<lang> blocks of README.md's `## <section>`, each dedented to its fence; fails when the section is missing. */
export function readmeBlocks(section: string, lang: string): string[] {
  return docBlocks("README.md", section, lang);
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
  return docCommands("README.md", section);
}
