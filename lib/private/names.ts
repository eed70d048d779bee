import { createHash } from "crypto";
import { Token } from "cdktf";
import { Construct } from "constructs";

const MAX_NAME = 63;
const HASH_LENGTH = 8;

/**
 * A resource name derived from the construct path: lower-case, `[a-z0-9-]`, starting with a
 * letter, ending with a hash of the full path so two constructs never share a name even when
 * their paths slug the same. Leaves room for the longest suffix `derivedName` adds.
 */
export function defaultName(construct: Construct, reserve = 0): string {
  const path = construct.node.path;
  const hash = createHash("sha256").update(path).digest("hex").slice(0, HASH_LENGTH);
  let slug = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!/^[a-z]/.test(slug)) slug = `x-${slug}`;
  const room = MAX_NAME - reserve - HASH_LENGTH - 1;
  return `${slug.slice(0, room).replace(/-+$/, "")}-${hash}`;
}

/** `<base>-<suffix>`, shortening the base so the result stays within 63 characters. */
export function derivedName(base: string, suffix: string): string {
  if (Token.isUnresolved(base)) return `${base}-${suffix}`;
  const room = MAX_NAME - suffix.length - 1;
  return `${base.slice(0, room).replace(/-+$/, "")}-${suffix}`;
}
