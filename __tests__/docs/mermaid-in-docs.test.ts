import * as fs from "fs";
import * as path from "path";
import { BROKEN_DIAGRAM, mermaidBlocks, parseMermaid } from "../helpers/mermaid";
import { ROOT } from "../helpers/run-app";

/** Every Markdown page people read: the README and everything in docs/. */
function markdownPages(): string[] {
  const docs = fs
    .readdirSync(path.join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => path.join("docs", f));
  return ["README.md", ...docs];
}

describe("Mermaid pictures in the documentation", () => {
  test("every ```mermaid block in README.md and docs/*.md parses with the official parser", () => {
    const blocks = markdownPages().flatMap((page) => mermaidBlocks(fs.readFileSync(path.join(ROOT, page), "utf8")).map((text) => ({ page, text })));
    expect(blocks.map((b) => b.page)).toEqual(expect.arrayContaining(["README.md", "docs/ARCHITECTURE.md"]));
    const results = parseMermaid([...blocks.map((b) => b.text), BROKEN_DIAGRAM]);
    expect(results.pop()).toMatchObject({ ok: false });
    expect(results.map((r, i) => ({ page: blocks[i].page, ...r }))).toEqual(
      blocks.map((b) => ({ page: b.page, ok: true, diagramType: "flowchart-v2" })),
    );
  }, 60_000);
});
