#!/usr/bin/env node
/**
 * `cr-websocket-adopt --trigger FILE [--registry FILE] [--service-account FILE]` (`npm run adopt --`):
 * prints a cdktf main.ts that adopts a trigger made in the console or with yc, from the JSON of
 * `yc ... get --format json`; names on stderr whatever it does not reproduce. `--help` lists the exit codes.
 */
import * as fs from "fs";
import { adopt, AdoptInputMismatch, AdoptInputs, Json, parseYcJson, renderMainTs, YcInputError } from "../lib/adopt";
import {
  CliSpec,
  CommandLine,
  ExitCode,
  OUTPUT_OPTION,
  printError,
  requiredString,
  runCommand,
  stringValue,
  UsageError,
  writeOutput,
} from "../lib/private/cli";

const SPEC: CliSpec = {
  name: "cr-websocket-adopt",
  command: "cr-websocket-adopt",
  summary:
    "Prints on stdout a cdktf main.ts that puts an existing Container Registry trigger with a WebSocket broadcast action\n" +
    "under code without recreating it: the trigger, and the registry and service account when their files are given, are\n" +
    "imported (importFrom); the gateway is referenced by id. Every field it does not reproduce is named on stderr.\n" +
    "Write the inputs with `yc serverless trigger get <id> --format json`, `yc container registry get <id> --format json`\n" +
    "and `yc iam service-account get <id> --format json`.",
  options: {
    trigger: { type: "string", valueName: "FILE", description: "the trigger, as `yc serverless trigger get --format json` prints it (required)" },
    registry: {
      type: "string",
      valueName: "FILE",
      description: "its registry (yc container registry get); without it the registry is referenced, not managed",
    },
    "service-account": {
      type: "string",
      valueName: "FILE",
      description: "its service account (yc iam service-account get); without it the account is referenced, not managed",
    },
    repository: {
      type: "string",
      valueName: "PATH",
      description: "import from a checkout of cr-websocket-trigger at PATH (its root, build/ or dist/) instead of the package",
    },
    stack: { type: "string", valueName: "NAME", description: "name of the stack (default: the trigger's name)" },
    output: OUTPUT_OPTION,
  },
  exitCodes: {
    [ExitCode.OK]: "main.ts printed; it reproduces every field",
    [ExitCode.COULD_NOT_RUN]:
      "nothing printed: a file could not be read, or it is not yc JSON of a Container Registry trigger with a WebSocket broadcast action",
    [ExitCode.INCOMPLETE]: "main.ts printed, but stderr names fields it does not reproduce: review them before planning",
  },
};

const FLAG_OF: Record<keyof AdoptInputs, string> = { trigger: "trigger", registry: "registry", serviceAccount: "service-account" };

function main({ values }: CommandLine): number {
  const inputs: { -readonly [K in keyof AdoptInputs]: AdoptInputs[K] } = { trigger: null };
  try {
    for (const [input, flag] of Object.entries(FLAG_OF) as [keyof AdoptInputs, string][]) {
      const file = input === "trigger" ? requiredString(values, flag, "FILE") : stringValue(values, flag);
      if (file !== undefined) inputs[input] = readYcFile(flag, file);
    }
    const adoption = adopt(inputs);
    writeOutput(values, renderMainTs(adoption, { repository: stringValue(values, "repository"), stackName: stringValue(values, "stack") }));
    for (const note of adoption.notes) printError(SPEC, `not reproduced: ${note.path}: ${note.message}`);
    return adoption.notes.length === 0 ? ExitCode.OK : ExitCode.INCOMPLETE;
  } catch (e) {
    if (e instanceof AdoptInputMismatch) throw new UsageError(`--${FLAG_OF[e.input]} ${stringValue(values, FLAG_OF[e.input])}: ${e.message}`);
    if (e instanceof YcInputError) throw new Error(`--trigger ${stringValue(values, "trigger")}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** A file that is not JSON; the message names its flag. */
class InputFileError extends Error {}

/** A yc JSON file; an {@link InputFileError} naming the flag when it is not JSON. */
function readYcFile(flag: string, file: string): Json {
  const text = fs.readFileSync(file, "utf8");
  try {
    return parseYcJson(text);
  } catch (e) {
    throw new InputFileError(`--${flag} ${file}: ${(e as Error).message}`);
  }
}

void runCommand(SPEC, process.argv.slice(2), main);
