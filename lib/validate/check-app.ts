import { readSynthesizedStacks, SynthesizedStackFile } from "../private/app-synth";
import { loadPinnedProviderSchema } from "../provider-schema/pinned";
import { ProviderSchema } from "../provider-schema/schema-types";
import { checkTerraformDocument } from "./check-document";
import { Finding } from "./findings";
import { isSuppressed, Suppression } from "./suppressions";
import { JsonObject } from "./values";

/** The findings for one synthesized stack. */
export interface StackCheck {
  readonly stack: string;
  readonly file: string;
  /** The findings to report. */
  readonly findings: Finding[];
  /** The findings an ignore list covered. */
  readonly ignored: Finding[];
}

/** Options of {@link checkSynthesizedApp}. */
export interface CheckOptions {
  /**
   * Findings to leave out of `findings` (they are listed in `ignored` instead).
   * @default - none
   */
  readonly ignore?: readonly Suppression[];
}

/** Reads `manifest.json` in a cdktf outdir and checks every stack it lists. */
export function checkSynthesizedApp(outdir: string, schema: ProviderSchema = loadPinnedProviderSchema(), options: CheckOptions = {}): StackCheck[] {
  return checkStacks(readSynthesizedStacks(outdir), schema, options);
}

/** Checks stacks already read (or synthesized into a temporary folder): their names, files and texts. */
export function checkStacks(
  stacks: readonly Pick<SynthesizedStackFile, "name" | "file" | "text">[],
  schema: ProviderSchema = loadPinnedProviderSchema(),
  options: CheckOptions = {},
): StackCheck[] {
  const ignore = options.ignore ?? [];
  return stacks.map(({ name, file, text }) => {
    const all = checkTerraformDocument(JSON.parse(text) as JsonObject, schema);
    return { stack: name, file, findings: all.filter((f) => !isSuppressed(f, ignore)), ignored: all.filter((f) => isSuppressed(f, ignore)) };
  });
}
