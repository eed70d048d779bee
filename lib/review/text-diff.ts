/** One line of a line diff: kept (` `), removed (`-`) or added (`+`). */
export interface DiffLine {
  readonly op: " " | "-" | "+";
  readonly text: string;
}

/**
 * The shortest edit script turning lines `a` into lines `b` (Myers' O((N+M)D) algorithm), as
 * kept, removed and added lines in order; removals come before additions within a change.
 */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  const max = a.length + b.length;
  const offset = max + 1;
  const v = new Array<number>(2 * max + 3).fill(0);
  const trace: number[][] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) {
        done = true;
        break;
      }
    }
  }
  const out: DiffLine[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) out.push({ op: " ", text: a[x - 1] });
    if (down) out.push({ op: "+", text: b[--y] });
    else out.push({ op: "-", text: a[--x] });
  }
  for (; x > 0 && y > 0; x--, y--) out.push({ op: " ", text: a[x - 1] });
  return out.reverse();
}

/**
 * A unified diff of two texts' lines (`@@ -l,n +l,n @@` hunks with `context` kept lines around
 * each change), without file headers; empty when the lines are equal.
 */
export function unifiedDiff(a: readonly string[], b: readonly string[], context = 3): string[] {
  const lines = diffLines(a, b);
  const changed = lines.flatMap((l, i) => (l.op === " " ? [] : [i]));
  if (changed.length === 0) return [];
  const hunks: Array<[number, number]> = [];
  for (const i of changed) {
    const start = Math.max(0, i - context);
    const end = Math.min(lines.length, i + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else hunks.push([start, end]);
  }
  const out: string[] = [];
  for (const [start, end] of hunks) {
    const before = lines.slice(0, start);
    const oldStart = before.filter((l) => l.op !== "+").length;
    const newStart = before.filter((l) => l.op !== "-").length;
    const body = lines.slice(start, end);
    const oldCount = body.filter((l) => l.op !== "+").length;
    const newCount = body.filter((l) => l.op !== "-").length;
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`, ...body.map((l) => `${l.op}${l.text}`));
  }
  return out;
}

/** `start,count` of a hunk side, 1-based; an empty side names the line before it. */
function range(linesBefore: number, count: number): string {
  return count === 0 ? `${linesBefore},0` : `${linesBefore + 1},${count}`;
}
