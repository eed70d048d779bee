/** What stands in for a secret in anything the watcher prints. */
export const REDACTED = "***";

/**
 * The URL as it may be printed: every query value replaced by `***`, and any user info by `***`,
 * because a query parameter or user info may carry a token. A URL without either is returned unchanged.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL: keep what comes before any query or user info, which are the parts that may hold a secret
    return url.replace(/[?#].*/s, `?${REDACTED}`).replace(/\/\/[^/@]*@/, `//${REDACTED}@`);
  }
  const userInfo = parsed.username !== "" || parsed.password !== "";
  if (parsed.search === "" && !userInfo) return url;
  const names = [...parsed.searchParams.keys()];
  const base = `${parsed.protocol}//${userInfo ? `${REDACTED}@` : ""}${parsed.host}${parsed.pathname}`;
  return names.length === 0 ? base : `${base}?${names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join("&")}`;
}

// shorter values are no credentials, and replacing them would garble the digits of every line
const SHORTEST_SECRET = 4;

/** The parts of a URL that may hold a credential: its user name, password and query values. */
export function urlSecrets(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  return [decodeURIComponent(parsed.username), decodeURIComponent(parsed.password), ...parsed.searchParams.values()];
}

/**
 * A function that replaces, in a line, every occurrence of each secret (as given, and as it is
 * written in a URL) and of each word of a secret (the token of `Bearer <token>`) by `***`.
 */
export function secretRedactor(secrets: readonly string[]): (line: string) => string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    for (const part of [secret, ...secret.split(/\s+/)]) {
      for (const form of [part, encodeURIComponent(part), new URLSearchParams([["", part]]).toString().slice(1)]) {
        if (form.length >= SHORTEST_SECRET) forms.add(form);
      }
    }
  }
  // longest first, so a secret is not left half-shown by a shorter one inside it
  const ordered = [...forms].sort((a, b) => b.length - a.length);
  return (line) => ordered.reduce((text, form) => text.split(form).join(REDACTED), line);
}

/** `url` with each `[name, value]` appended to its query string, in order. */
export function withQuery(url: string, query: readonly (readonly [string, string])[]): string {
  if (query.length === 0) return url;
  const parsed = new URL(url);
  for (const [name, value] of query) parsed.searchParams.append(name, value);
  return parsed.toString();
}

/** What is wrong with `url` as a place to watch, or undefined when it is a ws:// or wss:// URL. */
export function watchUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `expected a ws:// or wss:// URL, got ${JSON.stringify(redactUrl(url))}`;
  }
  return parsed.protocol === "ws:" || parsed.protocol === "wss:"
    ? undefined
    : `expected a ws:// or wss:// URL, got ${JSON.stringify(redactUrl(url))} (${parsed.protocol}//)`;
}
