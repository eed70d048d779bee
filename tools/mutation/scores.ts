/**
 * Mutation scores from Stryker's JSON report (the mutation-testing-report-schema): per file and for
 * a whole area, counted as Stryker counts them.
 */

/** A mutant's status in the report. */
export type MutantStatus = "Killed" | "Survived" | "NoCoverage" | "Timeout" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";

/** The part of Stryker's JSON report that scores are made of. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly mutants: readonly { readonly status: MutantStatus }[] }>>;
}

/** How the mutants of a file or an area ended. */
export interface Tally {
  readonly mutants: number;
  readonly killed: number;
  readonly timedOut: number;
  readonly survived: number;
  readonly noCoverage: number;
  /** Did not compile or could not run: not part of the score. */
  readonly invalid: number;
  readonly ignored: number;
}

const EMPTY: Tally = { mutants: 0, killed: 0, timedOut: 0, survived: 0, noCoverage: 0, invalid: 0, ignored: 0 };

const FIELD: Record<MutantStatus, keyof Tally | undefined> = {
  Killed: "killed",
  Timeout: "timedOut",
  Survived: "survived",
  NoCoverage: "noCoverage",
  CompileError: "invalid",
  RuntimeError: "invalid",
  Ignored: "ignored",
  Pending: undefined,
};

/** Counts the statuses of `statuses`. */
export function tally(statuses: readonly MutantStatus[]): Tally {
  const counts: Record<keyof Tally, number> = { ...EMPTY };
  for (const status of statuses) {
    const field = FIELD[status];
    if (field === undefined) throw new Error(`mutant status ${JSON.stringify(status)}: the run did not finish`);
    counts.mutants++;
    counts[field]++;
  }
  return counts;
}

/**
 * Stryker's mutation score in percent: killed and timed-out mutants over every mutant that compiled,
 * ran and was not ignored. Undefined when there is none.
 */
export function score(t: Tally): number | undefined {
  const detected = t.killed + t.timedOut;
  const valid = detected + t.survived + t.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

/** One tally per file of the report, by path, and one for all of them. */
export function reportTallies(report: MutationReport): { readonly files: ReadonlyMap<string, Tally>; readonly total: Tally } {
  const files = new Map<string, Tally>();
  const all: MutantStatus[] = [];
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const statuses = mutants.map((m) => m.status);
    files.set(file, tally(statuses));
    all.push(...statuses);
  }
  return { files, total: tally(all) };
}

/** A Markdown table row: name, mutants, killed (+ timed out), survived, no coverage, invalid, score. */
export function tallyRow(name: string, t: Tally): string {
  const s = score(t);
  const killed = t.timedOut > 0 ? `${t.killed} + ${t.timedOut} timed out` : String(t.killed);
  const shown = s === undefined ? "none valid" : `${s.toFixed(2)}%`;
  return `| ${name} | ${t.mutants} | ${killed} | ${t.survived} | ${t.noCoverage} | ${t.invalid} | ${shown} |`;
}

/** The header of the table {@link tallyRow} writes rows of. */
export const TALLY_HEADER = [
  "| Area / file | Mutants | Killed | Survived | No coverage | Did not compile or run | Score |",
  "|---|---:|---:|---:|---:|---:|---:|",
].join("\n");

/**
 * Stryker's incremental mode reuses a mutant's result while its code and the tests that cover it
 * are unchanged. A static mutant (evaluated when its module loads) is covered by no test in
 * particular, so its result would be reused whatever tests changed: a survivor a new test kills
 * stays a survivor, and a kill whose test was deleted stays a kill. Dropping the static mutants
 * from the kept results makes the next run test them again. Returns how many were dropped.
 */
export function forgetStaticMutants(report: { files: Record<string, { mutants: { static?: boolean }[] }> }): number {
  let dropped = 0;
  for (const file of Object.values(report.files)) {
    const kept = file.mutants.filter((m) => m.static !== true);
    dropped += file.mutants.length - kept.length;
    file.mutants = kept;
  }
  return dropped;
}
