import { median, pairedRatios, roundOrder, spread, spreadText } from "../../../tools/bench/stats";

describe("bench stats", () => {
  test("median takes the middle value of an odd count and the mean of the two middle ones of an even count", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test("median does not reorder the values it is given", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  test("fails when asked for the median of no values", () => {
    expect(() => median([])).toThrow(/median of no values/);
  });

  test("spread gives the median, the least and greatest value and the count", () => {
    expect(spread([1.2, 0.9, 1.05, 1.4, 1.1, 1.0, 1.3])).toEqual({ median: 1.1, min: 0.9, max: 1.4, n: 7 });
  });

  test("pairedRatios divides round by round, not medians by medians", () => {
    // a busy moment slows both sides of round 2: paired, every round says 1.1
    const construct = [1.1, 2.2, 1.1];
    const raw = [1.0, 2.0, 1.0];
    expect(pairedRatios(construct, raw).map((r) => r.toFixed(2))).toEqual(["1.10", "1.10", "1.10"]);
  });

  test("fails when the two sides of the ratios have different numbers of rounds", () => {
    expect(() => pairedRatios([1, 2], [1])).toThrow(/as many numerators \(2\) as denominators \(1\)/);
  });

  test("roundOrder runs the kinds as given in even rounds and reversed in odd ones", () => {
    expect(roundOrder(["construct", "raw", "at"], 0)).toEqual(["construct", "raw", "at"]);
    expect(roundOrder(["construct", "raw", "at"], 1)).toEqual(["at", "raw", "construct"]);
    expect(roundOrder(["construct", "raw", "at"], 6)).toEqual(["construct", "raw", "at"]);
  });

  test("spreadText shows the median then the min–max range, with two decimals", () => {
    expect(spreadText({ median: 1.176, min: 0.961, max: 1.394, n: 7 })).toBe("1.18 (0.96–1.39)");
  });
});
