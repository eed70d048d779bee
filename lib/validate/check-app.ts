import { readSynthesizedStacks } from "../private/app-synth";
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

/** Reads `manifest.json` in a cdktf outdir and checks every stack it lists. */
export function checkSynthesizedApp(outdir: string, schema: ProviderSchema = loadPinnedProviderSchema()): StackCheck[] {
  return readSynthesizedStacks(outdir).map(({ name, file, text }) => ({
    stack: name,
    file,
    findings: checkTerraformDocument(JSON.parse(text) as JsonObject, schema),
  }));
}
