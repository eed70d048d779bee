#!/usr/bin/env node
/**
 * `npm run check [-- --outdir DIR]`: checks every synthesized stack against the pinned yandex
 * provider schema and the provider's own rules. Exits 1 with one line per problem.
 */
import * as path from "path";
import { checkSynthesizedApp, formatFinding } from "../lib/validate";

function main(argv: string[]): number {
  const i = argv.indexOf("--outdir");
  const outdir = path.resolve(i >= 0 ? argv[i + 1] : (process.env.CDKTF_OUTDIR ?? "cdktf.out"));
  const results = checkSynthesizedApp(outdir);
  let total = 0;
  for (const { stack, findings } of results) {
    total += findings.length;
    console.log(`${findings.length === 0 ? "ok  " : "FAIL"} ${stack}: ${findings.length} problem${findings.length === 1 ? "" : "s"}`);
    for (const f of findings) console.log(`  ${formatFinding(f)}`);
  }
  if (results.length === 0) {
    console.log(`No stacks in ${outdir}.`);
    return 1;
  }
  return total === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  console.error(`check: ${(e as Error).message}`);
  process.exitCode = 2;
}
