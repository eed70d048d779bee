// The offline checker's public API (`cr-websocket-trigger/validate`). It loads no cdktf or cdktn
// core, so it checks the synthesized JSON of either flavour; rule internals stay in their files.
export { type Finding, FindingKind, formatFinding, isWarning, Severity } from "./findings";
export { checkTerraformDocument } from "./check-document";
export { type CheckOptions, checkStacks, checkSynthesizedApp, type StackCheck } from "./check-app";
export { CHECK_RULES, isSuppressed, parseSuppression, type Suppression } from "./suppressions";
export type { RuleInfo } from "./rules/rule";
export type { JsonObject, JsonValue } from "./values";
export type { SynthesizedStackFile } from "../private/app-synth";
// the schema types its signatures use, which api-extractor (and a reader) must find at this entry point too
export type * from "../provider-schema/schema-types";
