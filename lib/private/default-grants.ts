import { IConstruct } from "constructs";

/** Accounts a trigger granted the broadcaster role by default (created in the app), with that trigger's path. */
const grantedByDefault = new WeakMap<IConstruct, string>();

/** Records that the trigger at `triggerPath` granted `account` the broadcaster role because it was created in the app. */
export function recordDefaultGrant(account: IConstruct, triggerPath: string): void {
  if (!grantedByDefault.has(account)) grantedByDefault.set(account, triggerPath);
}

/** The path of the first trigger that granted `account` the role by default, or undefined. */
export function defaultGrantOf(account: IConstruct): string | undefined {
  return grantedByDefault.get(account);
}
