import * as fc from "fast-check";
import { diffLines, unifiedDiff } from "../../lib/review";

/** Length of the longest common subsequence, by dynamic programming: the reference the edit script must match. */
function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return row[b.length];
}

const lines = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 14 });

describe("diffLines", () => {
  test("a classic case: the shortest edit script, removals before additions", () => {
    const script = diffLines("abcabba".split(""), "cbabac".split(""));
    expect(script.map((l) => `${l.op}${l.text}`).join(" ")).toBe("-a -b  c +b  a  b -b  a +c");
  });

  test("any two texts: kept and removed lines rebuild the old one, kept and added the new one, and the script is shortest", () => {
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const script = diffLines(a, b);
        expect(script.filter((l) => l.op !== "+").map((l) => l.text)).toEqual(a);
        expect(script.filter((l) => l.op !== "-").map((l) => l.text)).toEqual(b);
        expect(script.filter((l) => l.op === " ")).toHaveLength(lcs(a, b));
      }),
      { seed: 14, numRuns: 1000 },
    );
  });

  test("empty sides", () => {
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines([], ["x"])).toEqual([{ op: "+", text: "x" }]);
    expect(diffLines(["x"], [])).toEqual([{ op: "-", text: "x" }]);
  });
});

describe("unifiedDiff", () => {
  const twelve = Array.from({ length: 12 }, (_, i) => `${i + 1}`);

  test("equal texts give no hunk", () => {
    expect(unifiedDiff(twelve, [...twelve])).toEqual([]);
  });

  test("changes far apart are separate hunks with three lines of context and 1-based ranges", () => {
    const changed = [...twelve.slice(0, 3), "x", ...twelve.slice(4, 11), "y", "12"];
    expect(unifiedDiff(twelve, changed)).toEqual([
      "@@ -1,7 +1,7 @@",
      ...[" 1", " 2", " 3", "-4", "+x", " 5", " 6", " 7"],
      "@@ -9,4 +9,5 @@",
      ...[" 9", " 10", " 11", "+y", " 12"],
    ]);
  });

  test("changes whose context touches share one hunk; the context width is a parameter", () => {
    const changed = twelve.map((l) => (l === "3" || l === "9" ? `${l}!` : l));
    expect(unifiedDiff(twelve, changed).filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,12 +1,12 @@"]);
    expect(unifiedDiff(twelve, changed, 1).filter((l) => l.startsWith("@@"))).toEqual(["@@ -2,3 +2,3 @@", "@@ -8,3 +8,3 @@"]);
  });

  test("two changes with exactly twice the context between them share one hunk, one more line splits them", () => {
    const at = (...changed: number[]) => twelve.map((l, i) => (changed.includes(i + 1) ? `${l}!` : l));
    expect(unifiedDiff(twelve, at(3, 10)).filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,12 +1,12 @@"]);
    expect(unifiedDiff(twelve, at(2, 10)).filter((l) => l.startsWith("@@"))).toEqual(["@@ -1,5 +1,5 @@", "@@ -7,6 +7,6 @@"]);
  });

  test("an empty side names the line before it, with count 0", () => {
    expect(unifiedDiff([], ["a", "b"])).toEqual(["@@ -0,0 +1,2 @@", "+a", "+b"]);
    expect(unifiedDiff(["a"], [])).toEqual(["@@ -1,1 +0,0 @@", "-a"]);
  });
});
