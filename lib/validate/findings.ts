/** Where a finding comes from: the provider schema, a provider validator, an API constraint, or a reference. */
export enum FindingKind {
  SCHEMA = "schema",
  PROVIDER = "provider",
  API = "api",
  REFERENCE = "reference",
}

/** How much a finding matters: an error fails the check; a warning is shown and leaves the exit status alone. */
export enum Severity {
  ERROR = "error",
  WARNING = "warning",
}

/** One problem in a synthesized Terraform JSON document. */
export interface Finding {
  /** `yandex_serverless_triggers.Events_1A2B3C4D`, `data.yandex_api_gateway.X`, `output.url`. */
  readonly address: string;
  /** Attribute path inside the resource: `source.container_registry.event_type[0]`; empty for the resource itself. */
  readonly path: string;
  readonly message: string;
  readonly kind: FindingKind;
  /** Id of the rule that found it (`YC-TRIGGER-BATCH-SIZE`, `YC-SCHEMA`, `TF-REFERENCE`), for `--ignore`. */
  readonly rule: string;
  /**
   * A warning (a quota, a message size) that the cloud may still accept.
   * @default Severity.ERROR
   */
  readonly severity?: Severity;
}

/** True for a finding that is only a warning. */
export function isWarning(f: Finding): boolean {
  return f.severity === Severity.WARNING;
}

/** One line per finding: `<address>: <path>: <message> [<kind>] <rule id>`, a warning prefixed `warning: `. */
export function formatFinding(f: Finding): string {
  return `${isWarning(f) ? "warning: " : ""}${f.address}${f.path ? `: ${f.path}` : ""}: ${f.message} [${f.kind}] ${f.rule}`;
}

/** Joins a path and a key the way Terraform shows attribute paths. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}
