import { appDrawing, buildAppGraph, renderMermaid, StackDocument } from "../../lib/review";

/** The Markdown page, relative to the repository root, that shows the example app's picture. */
export const PICTURE_PAGE = "docs/TEAM-SETUP.md";
/** The section of {@link PICTURE_PAGE} that holds the picture. */
export const PICTURE_SECTION = "## The example app";

const INTRO = [
  "The example app ([`main.ts`](../main.ts)) as `npm run graph` draws it (`npm run docs` refreshes",
  "this picture): an arrow points from a resource to what it refers to, dashed for `depends_on`,",
  "bold across stacks.",
].join("\n");
const BLOCK = /```mermaid\n([\s\S]*?)```\n/;

/** The environment without the example app's `CR_WS_*` settings, so the picture shows its defaults. */
export function defaultAppEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith("CR_WS_")));
}

/** The Mermaid text of the picture of a synthesized app. */
export function appPicture(app: Record<string, StackDocument>): string {
  return renderMermaid(appDrawing(buildAppGraph(app)));
}

/** The Mermaid text of the picture in the page's section, or undefined when the section has none. */
export function pagePicture(page: string): string | undefined {
  const section = sectionOf(page);
  return BLOCK.exec(page.slice(section.start, section.end))?.[1];
}

/** `page` with the section's picture replaced by `picture`, or added at the top of the section. */
export function withPagePicture(page: string, picture: string): string {
  const { start, end } = sectionOf(page);
  const body = page.slice(start, end);
  const block = "```mermaid\n" + picture + "```\n";
  const next = BLOCK.test(body) ? body.replace(BLOCK, () => block) : `\n${INTRO}\n\n${block}${body}`;
  return page.slice(0, start) + next + page.slice(end);
}

/** Where the section's text lies: after its heading line, up to the next heading of any level. */
function sectionOf(page: string): { start: number; end: number } {
  const heading = page.indexOf(`\n${PICTURE_SECTION}\n`);
  if (heading < 0) throw new Error(`${PICTURE_PAGE} has no "${PICTURE_SECTION}" section`);
  const start = heading + PICTURE_SECTION.length + 2;
  const next = page.slice(start).search(/^#{1,6} /m);
  return { start, end: next < 0 ? page.length : start + next };
}
