/**
 * Build step (after tsc): writes dist/cdktn/, the package's modules for CDK Terrain apps, from the
 * cdktf build in dist/. Only module specifiers change (`cdktf` -> `cdktn`); nothing is kept twice
 * in the repository.
 *
 *   node build/tools/cli/cdktn-flavour.js [dist]
 */
import * as path from "path";
import { buildFlavour } from "../flavour/module-flavour";

// what the `cr-websocket-trigger/cdktn` entries export: the library and every binding
const CDKTN_ENTRIES = ["lib/index.js", "lib/index.d.ts", ".gen/providers/yandex"];

const distDir = path.resolve(process.argv[2] ?? "dist");
const { files, rewritten } = buildFlavour({ distDir, entries: CDKTN_ENTRIES, outDir: "cdktn", from: "cdktf", to: "cdktn" });
console.log(`Wrote ${files.length} files to ${path.relative(process.cwd(), path.join(distDir, "cdktn")) || "."}/ (${rewritten} now load cdktn).`);
