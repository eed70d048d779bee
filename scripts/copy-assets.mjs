// Copies the non-TypeScript files the library reads at run time (the plugin protocol .proto)
// next to the compiled output. `node scripts/copy-assets.mjs <outdir>`, or import copyAssets.
import { cpSync, mkdirSync } from "fs";
import { dirname, join } from "path";
import { pathToFileURL } from "url";

const ASSETS = ["lib/offline-provider/tfplugin6.proto", "lib/offline-provider/go-plugin.proto"];

export function copyAssets(outdir) {
  for (const file of ASSETS) {
    mkdirSync(dirname(join(outdir, file)), { recursive: true });
    cpSync(file, join(outdir, file));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) copyAssets(process.argv[2]);
