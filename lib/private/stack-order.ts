/** Stacks sorted by name (code-point order), each moved after the stacks it reads outputs from. */
export function dependencyOrder<T extends { readonly name: string; readonly dependencies: readonly string[] }>(stacks: readonly T[]): T[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const done = new Set<string>();
  const out: T[] = [];
  const visit = (s: T) => {
    if (done.has(s.name)) return;
    done.add(s.name);
    for (const d of s.dependencies) if (byName.has(d)) visit(byName.get(d)!);
    out.push(s);
  };
  for (const s of [...stacks].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(s);
  return out;
}
