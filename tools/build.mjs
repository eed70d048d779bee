// Transpiles the TypeScript sources to build/ with esbuild, one output file per input and no
// type-checking, so synth and the CLIs start in a fraction of a second. `npm test` type-checks.
import { buildSync } from "esbuild";
import { cpSync, readdirSync, statSync } from "fs";
import { join } from "path";

const roots = ["main.ts", "lib", "bin", "tools", ".gen"];
// files the transpiled code reads at run time: the plugin protocol for the offline provider
const assets = ["tools/offline-provider/tfplugin6.proto", "tools/offline-provider/go-plugin.proto"];

function collect(entry, out) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return out;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(entry)) collect(join(entry, name), out);
  } else if (entry.endsWith(".ts") && !entry.endsWith(".d.ts")) {
    out.push(entry);
  }
  return out;
}

try {
  buildSync({
    entryPoints: roots.flatMap((r) => collect(r, [])),
    outdir: "build",
    outbase: ".",
    format: "cjs",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    logLevel: "warning",
  });
} catch (e) {
  // esbuild has printed each error with its file, line and a caret; a stack trace would add nothing
  if (!Array.isArray(e.errors)) throw e;
  process.stderr.write(`build: ${e.errors.length} error${e.errors.length === 1 ? "" : "s"} in the TypeScript sources (above); nothing was run\n`);
  process.exit(1);
}
for (const file of assets) cpSync(file, join("build", file));
