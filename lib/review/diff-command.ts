import { CliSpec, ExitCode, OUTPUT_OPTION } from "../private/cli";

/** The flags of the synth diff, shared by `cr-websocket-diff` and the repository's `tf:diff`. */
export const DIFF_OPTIONS: CliSpec["options"] = {
  base: { type: "string", valueName: "REF", description: "the git ref to compare with (required), e.g. origin/main" },
  json: { type: "boolean", description: "print JSON instead of Markdown" },
  output: OUTPUT_OPTION,
};

/** The exit codes of the synth diff (see `exitCodeOf`), shared by both diff commands. */
export const DIFF_EXIT_CODES: CliSpec["exitCodes"] = {
  [ExitCode.OK]: "no changes",
  [ExitCode.COULD_NOT_RUN]: "the diff could not be made (not a git repository, no such git ref, the app failed)",
  [ExitCode.CHANGES]: "a stack changes",
  [ExitCode.REPLACEMENTS]: "a resource is replaced or destroyed",
};
