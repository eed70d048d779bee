/** What is allowed for a WebSocket path, or undefined when `path` is one. */
export function websocketPathProblem(path: string): string | undefined {
  return /^\/[A-Za-z0-9\-._~/]*$/.test(path) && !path.includes("//")
    ? undefined
    : 'must start with "/" and contain only URL path characters (letters, digits, "-", ".", "_", "~", "/")';
}
