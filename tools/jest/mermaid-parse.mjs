// Parses Mermaid diagrams with the official parser, which needs a DOM: reads a JSON array of
// diagram texts on stdin and writes a JSON array of results ({ ok } or { ok: false, error }).
// One child process per batch, because mermaid is ESM-only and loading it takes a second.
import { JSDOM } from "jsdom";

const { window } = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
// mermaid's sanitizer (DOMPurify) and its text measuring look these up as globals
globalThis.window = window;
globalThis.document = window.document;
for (const name of ["Element", "HTMLElement", "SVGElement", "DOMParser", "Node"]) globalThis[name] ??= window[name];
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    const parsed = await mermaid.parse(text);
    results.push({ ok: true, diagramType: parsed.diagramType });
  } catch (e) {
    results.push({ ok: false, error: String(e?.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results));
