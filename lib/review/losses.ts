import { ConstructMove, DiffReport, Impact, isCascade, ResourceChange } from "./compare";

/** A new trigger may take up to about this many minutes to start firing (Yandex Cloud serverless triggers). */
export const TRIGGER_START_MINUTES = 5;

/** What is lost when a resource of one type is replaced or destroyed, and for how long the event stream may be silent. */
interface Loss {
  readonly replaced: string;
  readonly destroyed: string;
  /** @default - the stream does not depend on it directly */
  readonly silentWhenReplaced?: string;
  readonly silentWhenDestroyed?: string;
}

const GRANT: Loss = {
  replaced: "a grant revoked and added again",
  destroyed: "a revoked grant",
  silentWhenReplaced: "broadcasts fail until the grant is back and IAM has propagated",
  silentWhenDestroyed: "broadcasts fail from then on",
};

const LOSSES: Readonly<Record<string, Loss>> = {
  yandex_serverless_triggers: {
    replaced: "a new trigger id",
    destroyed: "the trigger",
    silentWhenReplaced: `up to ${TRIGGER_START_MINUTES} minutes (a new trigger)`,
    silentWhenDestroyed: "for good (no trigger sends events)",
  },
  yandex_iam_service_account: { replaced: "a new service account", destroyed: "a service account" },
  yandex_resourcemanager_folder_iam_member: GRANT,
  yandex_api_gateway_iam_member: GRANT,
  yandex_api_gateway: {
    replaced: "a new gateway (a new domain: clients reconnect to a new URL)",
    destroyed: "the gateway and its WebSocket URL",
    silentWhenReplaced: "until clients reconnect to the new gateway",
    silentWhenDestroyed: "for good (no gateway)",
  },
  yandex_container_registry: { replaced: "a new registry (the old one must be empty to go)", destroyed: "a registry (it must be empty to go)" },
};

/** How a construct's path change reads: `construct id \`RegistryEvents\` → \`Events\`` or `construct \`Events\` → \`Team/Events\``. */
export function describeMove(move: Pick<ConstructMove, "path" | "previousPath">): string {
  const parent = (p: string) => p.split("/").slice(0, -1).join("/");
  const last = (p: string) => p.split("/").pop()!;
  if (parent(move.path) === parent(move.previousPath)) {
    const under = parent(move.path) ? ` (under \`${parent(move.path)}\`)` : "";
    return `construct id \`${last(move.previousPath)}\` → \`${last(move.path)}\`${under}`;
  }
  return `construct \`${move.previousPath}\` → \`${move.path}\``;
}

/**
 * One line for the top of a diff that replaces or destroys anything: what is lost, how long the
 * event stream may stay silent, and what caused it (a renamed construct, with the code that keeps
 * its resources; a changed argument that cannot change in place; a removed construct).
 * Undefined when nothing is replaced or destroyed.
 */
export function lossSummary(report: DiffReport): string | undefined {
  const losses = new Map<string, number>();
  const silences = new Set<string>();
  const causes = new Set<string>();
  for (const stack of report.stacks) {
    for (const change of stack.changes) {
      if (change.impact !== Impact.REPLACE && change.impact !== Impact.DESTROY) continue;
      const type = change.address.split(".")[0];
      const loss = LOSSES[type];
      const replaced = change.impact === Impact.REPLACE;
      const what = loss ? (replaced ? loss.replaced : loss.destroyed) : `${replaced ? "a new" : "a destroyed"} ${type}`;
      losses.set(what, (losses.get(what) ?? 0) + 1);
      const silent = replaced ? loss?.silentWhenReplaced : loss?.silentWhenDestroyed;
      if (silent) silences.add(silent);
      for (const cause of causesOf(stack.stack, change)) causes.add(cause);
    }
  }
  if (losses.size === 0) return undefined;
  const lost = [...losses].map(([what, n]) => (n === 1 ? what : `${what} (×${n})`)).join(", ");
  const silence = silences.size > 0 ? [...silences].join("; ") : "no trigger, grant or gateway is replaced, so events keep flowing";
  const because = causes.size > 0 ? [...causes].join("; ") : "resources that refer to replaced ones";
  return `**Loses:** ${lost}. **Events may stop:** ${silence}. **Because:** ${because}.`;
}

/**
 * What made this change replace or destroy: a renamed construct, arguments that cannot change in
 * place, a removal; none when it only follows from another replaced resource.
 */
function causesOf(stack: string, change: ResourceChange): string[] {
  const where = `\`${stack}/${constructOf(change)}\``;
  if (change.impact === Impact.DESTROY) return [`${where} is removed`];
  const args = change.changes.filter((c) => c.forcesReplacement && !isCascade(c.after)).map((c) => `\`${c.path}\``);
  return [
    ...(change.move && !change.move.kept ? [`${stack}: ${describeMove(change.move)}; keep its resources with \`${change.move.code}\``] : []),
    ...(change.previousAddress && !change.move ? [`${where} has a new address (was \`${change.previousAddress}\`)`] : []),
    ...(args.length > 0 ? [`${args.join(", ")} of ${where} cannot change in place`] : []),
  ];
}

/** The construct a resource belongs to, from its path: `RegistryEvents` for `dev/RegistryEvents/Resource`. */
function constructOf(change: ResourceChange): string {
  if (change.path === undefined) return change.address;
  const segments = change.path.split("/").slice(1);
  const last = segments[segments.length - 1];
  return (last === "Resource" || last === "Default") && segments.length > 1 ? segments.slice(0, -1).join("/") : segments.join("/");
}
