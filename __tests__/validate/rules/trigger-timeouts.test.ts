import { isGoDuration, TRIGGER_TIMEOUTS_RULE } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

const TYPE = "yandex_serverless_triggers";

describe("YC-TRIGGER-TIMEOUTS", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(TRIGGER_TIMEOUTS_RULE)).toEqual([]);
  });

  test("passes Go durations and unknown values", () => {
    expect(ruleLines(TRIGGER_TIMEOUTS_RULE, TYPE, { timeouts: { create: "10m", update: "1h30m", delete: "${var.t}", read: null } })).toEqual([]);
  });

  test("fails on a timeout that is not a Go duration, and on a number", () => {
    expect(ruleLinesInDocument(TRIGGER_TIMEOUTS_RULE, (d) => put(trigger(d), "timeouts", { create: "5 minutes", delete: 300 }))).toEqual([
      expect.stringMatching(
        /: timeouts\.create: got "5 minutes"; must be a Go duration string such as "10s", "1m30s" \[provider\] YC-TRIGGER-TIMEOUTS$/,
      ),
      expect.stringMatching(/: timeouts\.delete: got 300; must be a Go duration/),
    ]);
  });

  test.each(["0", "10s", "1.5h", "1.25h", "1.s", ".5s", ".25s", "-1m", "+2ms", "1us", "1µs", "1μs", "3ns", "1h2m3s"])(
    "accepts the Go duration %p",
    (d) => {
      expect(isGoDuration(d)).toBe(true);
    },
  );

  test.each(["10", "", "s", "1d", "1 s", "1.s.", "1s ", " 1s", "1sm"])("refuses %p, which Go cannot parse", (d) => {
    expect(isGoDuration(d)).toBe(false);
  });
});
