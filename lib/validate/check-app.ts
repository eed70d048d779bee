import { readSynthesizedStacks, SynthesizedStackFile } from "../private/app-synth";
import { loadPinnedProviderSchema } from "../provider-schema/pinned";
import { ProviderSchema } from "../provider-schema/schema-types";
import { appResources, checkAppRules } from "./app-rules";
import { checkTerraformDocument } from "./check-document";
import { Finding, isWarning } from "./findings";
import { isSuppressed, Suppression } from "./suppressions";
import { JsonObject } from "./values";

/** The findings for one synthesized stack. */
export interface StackCheck {
  readonly stack: string;
  readonly file: string;
  /** The errors to report: each fails the check. */
  readonly findings: Finding[];
  /** The warnings to report (quotas, message size): shown, and the exit status stays as the errors make it. */
  readonly warnings: Finding[];
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

/** Checks stacks already read (or synthesized into a temporary folder), each alone and then the app as a whole: scopes, quotas, message size. */
export function checkStacks(
  stacks: readonly Pick<SynthesizedStackFile, "name" | "file" | "text">[],
  schema: ProviderSchema = loadPinnedProviderSchema(),
  options: CheckOptions = {},
): StackCheck[] {
  const ignore = options.ignore ?? [];
  const docs = stacks.map(({ name, text }) => ({ name, doc: JSON.parse(text) as JsonObject }));
  const appFindings = checkAppRules(appResources(docs));
  return stacks.map(({ name, file }, i) => {
    const all = [...checkTerraformDocument(docs[i].doc, schema), ...appFindings.filter((f) => f.stack === name).map(({ stack: _stack, ...f }) => f)];
    const kept = all.filter((f) => !isSuppressed(f, ignore));
    return {
      stack: name,
      file,
      findings: kept.filter((f) => !isWarning(f)),
      warnings: kept.filter(isWarning),
      ignored: all.filter((f) => isSuppressed(f, ignore)),
    };
  });
}
