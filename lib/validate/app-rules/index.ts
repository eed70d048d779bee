import { Finding } from "../findings";
import { AppResource, AppRule } from "./app-rule";
import { TRIGGER_MESSAGE_SIZE_RULE } from "./message-size";
import { GATEWAY_NAME_SCOPE_RULE, SERVICE_ACCOUNT_NAME_SCOPE_RULE, TRIGGER_NAME_SCOPE_RULE } from "./name-scopes";
import { REGISTRY_QUOTA_RULE, SERVICE_ACCOUNT_QUOTA_RULE, TRIGGER_QUOTA_RULE } from "./quotas";
import { REGISTRY_PER_FOLDER_RULE } from "./registry-per-folder";

export * from "./app-rule";
export * from "./message-size";
export * from "./name-scopes";
export * from "./quotas";
export * from "./registry-per-folder";

/** Every rule over a whole app: one registry per folder, name scopes, quotas and the broadcast message size. */
export const APP_RULES: readonly AppRule[] = [
  REGISTRY_PER_FOLDER_RULE,
  TRIGGER_NAME_SCOPE_RULE,
  GATEWAY_NAME_SCOPE_RULE,
  SERVICE_ACCOUNT_NAME_SCOPE_RULE,
  REGISTRY_QUOTA_RULE,
  TRIGGER_QUOTA_RULE,
  SERVICE_ACCOUNT_QUOTA_RULE,
  TRIGGER_MESSAGE_SIZE_RULE,
];

/** A finding of an app rule, with the stack it belongs to. */
export interface AppFinding extends Finding {
  readonly stack: string;
}

/** Runs the app rules over every resource of the app. */
export function checkAppRules(resources: readonly AppResource[], rules: readonly AppRule[] = APP_RULES): AppFinding[] {
  const findings: AppFinding[] = [];
  for (const rule of rules) {
    rule.check(resources, (r, message) =>
      findings.push({ stack: r.stack, address: r.address, path: "", message, kind: rule.kind, rule: rule.id, severity: rule.severity }),
    );
  }
  return findings;
}
