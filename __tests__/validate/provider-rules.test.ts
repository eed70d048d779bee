import { planUnconfiguredComputed } from "../../lib/validate/provider-rules";

// terraform-plugin-framework v1.14.1 runs an attribute's plan modifiers in order, each given the plan
// value the one before left, and never takes back a RequiresReplace (internal/fwserver AttributePlanModifyString)
describe("planUnconfiguredComputed", () => {
  test("RequiresReplace alone replaces: the value the framework marked unknown differs from the state", () => {
    expect(planUnconfiguredComputed(["RequiresReplace"], true)).toEqual({ keepsPrior: false, replaces: true });
  });

  test("UseStateForUnknown before RequiresReplace keeps the prior value and the resource", () => {
    expect(planUnconfiguredComputed(["UseStateForUnknown", "RequiresReplace"], true)).toEqual({ keepsPrior: true, replaces: false });
  });

  test("UseStateForUnknown after RequiresReplace keeps the prior value, but the replace already asked for stands", () => {
    expect(planUnconfiguredComputed(["RequiresReplace", "UseStateForUnknown"], true)).toEqual({ keepsPrior: true, replaces: true });
  });

  test("UseStateForUnknown has nothing to put back when the prior value is null, so RequiresReplace after it replaces", () => {
    expect(planUnconfiguredComputed(["UseStateForUnknown", "RequiresReplace"], false)).toEqual({ keepsPrior: false, replaces: true });
  });

  test("RequiresReplaceIfConfigured does not replace for a value the configuration leaves null", () => {
    expect(planUnconfiguredComputed(["RequiresReplaceIfConfigured", "UseStateForUnknown"], true)).toEqual({ keepsPrior: true, replaces: false });
  });
});
