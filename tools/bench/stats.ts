/**
 * The arithmetic of `npm run bench`: a figure is the median of the per-round values, shown with their
 * spread (min–max) and the number of rounds, so a reader sees how far one run could land from it.
 */

/** The median of `values`, with the least and greatest of them and how many there were. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly n: number;
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median, min, max and count of `values`. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/**
 * Round by round, `numerators[i] / denominators[i]`: each ratio compares two processes run back to back,
 * so a machine busy for a while slows both sides of it alike. A ratio of medians would pair a fast
 * numerator with a slow denominator from another moment.
 */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): number[] {
  if (numerators.length !== denominators.length) {
    throw new Error(`paired ratios need as many numerators (${numerators.length}) as denominators (${denominators.length})`);
  }
  return numerators.map((x, i) => x / denominators[i]);
}

/**
 * The order the kinds run in, round `round` (from 0): as given in even rounds, reversed in odd ones, so
 * no kind always runs first (on a cold file cache) or always runs last (after its twins warmed the CPU).
 */
export function roundOrder<T>(kinds: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...kinds] : [...kinds].reverse();
}

/** `median (min–max)` with two decimals: how BENCHMARKS.md shows a ratio. */
export function spreadText(s: Spread, digits = 2): string {
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}
