import { appDrawing, buildAppGraph, renderMermaid, StackDocument } from "../../lib/review";

/** The README section that shows the example app's picture. */
export const PICTURE_SECTION = "### What gets created";

const INTRO = [
  "The example app ([`main.ts`](main.ts)) as `npm run graph` draws it (`npm run docs` refreshes",
  "this picture): an arrow points from a resource to what it refers to, dashed for `depends_on`,",
  "bold across stacks. [`docs/REFERENCE.md`](docs/REFERENCE.md#what-gets-created) lists what one",
  "`CrWebsocketTrigger` creates.",
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

/** The Mermaid text of the README's picture, or undefined when the section has none. */
export function readmePicture(readme: string): string | undefined {
  const section = sectionOf(readme);
  return BLOCK.exec(readme.slice(section.start, section.end))?.[1];
}

/** `readme` with the section's picture replaced by `picture`, or added at the top of the section. */
export function withReadmePicture(readme: string, picture: string): string {
  const { start, end } = sectionOf(readme);
  const body = readme.slice(start, end);
  const block = "```mermaid\n" + picture + "```\n";
  const next = BLOCK.test(body) ? body.replace(BLOCK, () => block) : `\n${INTRO}\n\n${block}${body}`;
  return readme.slice(0, start) + next + readme.slice(end);
}

/** Where the section's text lies: after its heading line, up to the next heading of any level. */
function sectionOf(readme: string): { start: number; end: number } {
  const heading = readme.indexOf(`\n${PICTURE_SECTION}\n`);
  if (heading < 0) throw new Error(`README.md has no "${PICTURE_SECTION}" section`);
  const start = heading + PICTURE_SECTION.length + 2;
  const next = readme.slice(start).search(/^#{1,6} /m);
  return { start, end: next < 0 ? readme.length : start + next };
}
