import * as fs from "fs";
import * as path from "path";
import { loadPinnedProviderSchema } from "../provider-schema/pinned";
import { ProviderSchema } from "../provider-schema/schema-types";
import { checkTerraformDocument } from "./check-document";
import { Finding } from "./findings";
import { JsonObject } from "./values";

/** The findings for one synthesized stack. */
export interface StackCheck {
  readonly stack: string;
  readonly file: string;
  readonly findings: Finding[];
}

interface Manifest {
  readonly stacks: Record<string, { readonly synthesizedStackPath: string }>;
}

/** Reads `manifest.json` in a cdktf outdir and checks every stack it lists. */
export function checkSynthesizedApp(outdir: string, schema: ProviderSchema = loadPinnedProviderSchema()): StackCheck[] {
  const manifestFile = path.join(outdir, "manifest.json");
  if (!fs.existsSync(manifestFile)) throw new Error(`No ${manifestFile}: synthesize the app first.`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  return Object.entries(manifest.stacks).map(([stack, entry]) => {
    const file = path.join(outdir, entry.synthesizedStackPath);
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as JsonObject;
    return { stack, file, findings: checkTerraformDocument(doc, schema) };
  });
}
