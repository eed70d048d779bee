import { CliSpec, CommandLine, ExitCode, stringValue } from "../private/cli";

/** `cr-websocket-local`: its flags, its help and its exit codes. */
export const LOCAL_SPEC: CliSpec = {
  name: "cr-websocket-local",
  command: "cr-websocket-local",
  summary:
    "Runs the app's event path on this machine, from the synthesized app: a real registry (Debian's docker-registry) on a\n" +
    "free loopback port, the Container Registry triggers (event types, image and tag filters, batching, jq filter and\n" +
    "transformer) and each gateway's WebSocket paths. Prints the registry and each trigger's WebSocket URL; push with\n" +
    "skopeo or any OCI client and watch with cr-websocket-watch. Ctrl-C (or SIGTERM) stops everything and removes\n" +
    "the registry's temporary storage.",
  options: {
    outdir: { type: "string", valueName: "DIR", description: "the synthesized app (default cdktf.out; run `npm run synth` first)" },
    "ready-file": {
      type: "string",
      valueName: "FILE",
      description: 'when ready, write {"registry", "triggers": {stack: {construct path: {registry, websocketUrl}}}} to FILE (removed on stop)',
    },
    "authorizer-token": {
      type: "string",
      valueName: "TOKEN",
      description: "stands in for connect authorizer functions: admit clients that send Authorization: [Bearer ]TOKEN or ?token=TOKEN",
    },
  },
  exitCodes: {
    [ExitCode.OK]: "stopped by Ctrl-C or SIGTERM",
    [ExitCode.COULD_NOT_RUN]: "no synthesized app or no trigger in it, docker-registry not installed, or the registry failed",
    [ExitCode.USAGE]: "an unknown flag, a flag without its value, or no --authorizer-token for an app with a connect authorizer",
  },
};

/** What the command line asks for. */
export interface LocalArgs {
  /** `--outdir`, or `cdktf.out`. */
  readonly outdir: string;
  /** `--ready-file`, when given. */
  readonly readyFile?: string;
  /** `--authorizer-token`, when given. */
  readonly authorizerToken?: string;
}

/** The run a parsed command line asks for. */
export function localArgs({ values }: CommandLine): LocalArgs {
  return {
    outdir: stringValue(values, "outdir") ?? "cdktf.out",
    readyFile: stringValue(values, "ready-file"),
    authorizerToken: stringValue(values, "authorizer-token"),
  };
}
