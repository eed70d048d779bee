/** What stands in for a secret in anything the watcher prints. */
export const REDACTED = "***";

/**
 * The URL as it may be printed: every query value and any password replaced by `***`, because
 * a query parameter or user info may carry a token. A URL without either is returned unchanged.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL: keep what comes before any query or user info, which are the parts that may hold a secret
    return url.replace(/[?#].*/s, `?${REDACTED}`).replace(/\/\/[^/@]*@/, `//${REDACTED}@`);
  }
  if (parsed.search === "" && parsed.password === "") return url;
  const names = [...parsed.searchParams.keys()];
  if (parsed.password !== "") parsed.password = REDACTED;
  parsed.search = "";
  parsed.hash = "";
  return names.length === 0 ? parsed.toString() : `${parsed.toString()}?${names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join("&")}`;
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
