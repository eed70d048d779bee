/**
 * Where a finding comes from, and so when it would fail: the provider schema, a provider validator
 * or plan modifier (at plan), the provider's own code building the API request (at apply), an API
 * constraint (at apply), or a reference.
 */
export enum FindingKind {
  /** Refused by Terraform against the provider's schema, at `terraform validate`. */
  SCHEMA = "schema",
  /** Refused by the provider at `terraform plan`. */
  PROVIDER = "provider",
  /** Refused by the provider only at `terraform apply`, when it builds the request: plan passes. */
  PROVIDER_AT_APPLY = "provider at apply",
  /** Refused by the Yandex Cloud API at `terraform apply`. */
  API = "api",
  /** A reference to an undeclared resource or a missing attribute, refused at `terraform validate`. */
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
