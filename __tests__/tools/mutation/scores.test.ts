import { forgetStaticMutants, MutantStatus, reportTallies, score, tally, TALLY_HEADER, tallyRow } from "../../../tools/mutation/scores";

const statuses = (counts: Partial<Record<MutantStatus, number>>): MutantStatus[] =>
  Object.entries(counts).flatMap(([status, n]) => Array<MutantStatus>(n).fill(status as MutantStatus));

describe("mutation scores", () => {
  test("counts every status and scores killed and timed out over all valid mutants, as Stryker does", () => {
    const t = tally(statuses({ Killed: 6, Timeout: 2, Survived: 1, NoCoverage: 1, CompileError: 3, RuntimeError: 1, Ignored: 4 }));
    expect(t).toEqual({ mutants: 18, killed: 6, timedOut: 2, survived: 1, noCoverage: 1, invalid: 4, ignored: 4 });
    expect(score(t)).toBe(80);
  });

  test("uncovered mutants lower the score like survivors", () => {
    expect(score(tally(statuses({ Killed: 3, NoCoverage: 1 })))).toBe(75);
    expect(score(tally(statuses({ Killed: 3, Survived: 1 })))).toBe(75);
  });

  test("has no score when no mutant compiled and ran", () => {
    const t = tally(statuses({ CompileError: 2, Ignored: 1 }));
    expect(score(t)).toBeUndefined();
    expect(tallyRow("x", t)).toBe("| x | 3 | 0 | 0 | 0 | 2 | none valid |");
  });

  test("refuses a report of a run that did not finish", () => {
    expect(() => tally(["Killed", "Pending"])).toThrow('mutant status "Pending": the run did not finish');
  });

  test("tallies a report per file in path order and for all files", () => {
    const { files, total } = reportTallies({
      files: {
        "lib/b.ts": { mutants: [{ status: "Killed" }, { status: "Survived" }] },
        "lib/a.ts": { mutants: [{ status: "Timeout" }] },
      },
    });
    expect([...files.keys()]).toEqual(["lib/a.ts", "lib/b.ts"]);
    expect(files.get("lib/b.ts")).toMatchObject({ mutants: 2, killed: 1, survived: 1 });
    expect(total).toMatchObject({ mutants: 3, killed: 1, timedOut: 1, survived: 1 });
    expect(tallyRow("all", total)).toBe("| all | 3 | 1 + 1 timed out | 1 | 0 | 0 | 66.67% |");
  });

  test("rows have as many cells as the header", () => {
    const cells = (line: string): number => line.split("|").length;
    expect(cells(tallyRow("x", tally(["Killed"])))).toBe(cells(TALLY_HEADER.split("\n")[0]));
  });
});

describe("forgetStaticMutants", () => {
  test("drops the static mutants from kept results, whatever their status, and keeps the others", () => {
    const report = {
      files: {
        "lib/a.ts": { mutants: [{ id: "1", static: true }, { id: "2", static: false }, { id: "3" }] },
        "lib/b.ts": { mutants: [{ id: "4", static: true }] },
      },
    };
    expect(forgetStaticMutants(report)).toBe(2);
    expect(report.files).toEqual({ "lib/a.ts": { mutants: [{ id: "2", static: false }, { id: "3" }] }, "lib/b.ts": { mutants: [] } });
  });
});
