import { CrWebsocketTrigger, PropValidationError, WebsocketGateway } from "../lib";
import { showValue } from "../lib/prop-validation-error";
import { newStack } from "./helpers/synth";

function thrownBy(make: () => unknown): PropValidationError {
  try {
    make();
  } catch (e) {
    expect(e).toBeInstanceOf(PropValidationError);
    return e as PropValidationError;
  }
  throw new Error("nothing was thrown");
}

describe("PropValidationError", () => {
  test("carries the construct path and every problem as prop, value and what is allowed", () => {
    const error = thrownBy(() => new CrWebsocketTrigger(newStack(), "Events", { name: "X", batchSize: 0 }));
    expect(error.name).toBe("PropValidationError");
    expect(error.constructPath).toBe("test/Events");
    expect(error.subject).toBe("CrWebsocketTrigger props");
    expect(error.problems).toEqual([
      {
        prop: "name",
        value: "X",
        allowed: "must be 3-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'",
      },
      { prop: "batchSize", value: 0, allowed: "must be an integer from 1 to 1000 events" },
    ]);
    expect(error.message).toBe(
      'Invalid CrWebsocketTrigger props at "test/Events" (2 problems):\n' +
        `  - name: got "X"; ${error.problems[0].allowed}\n` +
        "  - batchSize: got 0; must be an integer from 1 to 1000 events",
    );
  });

  test("is what WebsocketGateway throws, for its props and for addWebsocketPath, in the same format", () => {
    const props = thrownBy(() => new WebsocketGateway(newStack(), "Gateway", { folderId: "" }));
    expect(props.message).toBe(
      'Invalid WebsocketGateway props at "test/Gateway" (1 problem):\n  - folderId: got ""; must be a non-empty id of at most 50 bytes',
    );
    const gateway = new WebsocketGateway(newStack(), "Gateway");
    const path = thrownBy(() => gateway.addWebsocketPath("ws"));
    expect(path.constructPath).toBe("test/Gateway");
    expect(path.subject).toBe("WebsocketGateway.addWebsocketPath() arguments");
    expect(path.problems).toEqual([{ prop: "path", value: "ws", allowed: expect.stringMatching(/^must start with "\/"/) }]);
    expect(path.message).toMatch(
      /^Invalid WebsocketGateway\.addWebsocketPath\(\) arguments at "test\/Gateway" \(1 problem\):\n {2}- path: got "ws"; must start/,
    );
  });

  test("shows long values cut at 80 characters, with their full length", () => {
    expect(showValue("x".repeat(80))).toBe(JSON.stringify("x".repeat(80)));
    expect(showValue("x".repeat(81))).toBe(`${JSON.stringify("x".repeat(80))}... (81 characters)`);
    expect(showValue({ a: "y".repeat(100) })).toBe(`{"a":"${"y".repeat(74)}... (108 characters)`);
    expect(showValue([1, 2])).toBe("[1,2]");
    expect(showValue(undefined)).toBe("undefined");
  });
});

describe("PropValidationError.isPropValidationError", () => {
  const problem = { prop: "batchSize", value: 0, allowed: "must be an integer from 1 to 1000 events" };

  test("recognises an error thrown by another copy of the package, which instanceof does not", () => {
    let Other: typeof PropValidationError | undefined;
    jest.isolateModules(() => {
      Other = (jest.requireActual("../lib/prop-validation-error") as { PropValidationError: typeof PropValidationError }).PropValidationError;
    });
    const fromOtherCopy = new Other!("CrWebsocketTrigger props", "stack/Events", [problem]);
    expect(fromOtherCopy).not.toBeInstanceOf(PropValidationError);
    expect(PropValidationError.isPropValidationError(fromOtherCopy)).toBe(true);
  });

  test.each([new Error("Invalid CrWebsocketTrigger props"), { name: "PropValidationError", problems: [problem] }, "text", null, undefined])(
    "refuses what is not one: %p",
    (x) => {
      expect(PropValidationError.isPropValidationError(x)).toBe(false);
    },
  );

  test("leaves the path out of the message when the input belongs to no construct", () => {
    expect(new PropValidationError("suppression", "", [problem]).message).toBe(
      "Invalid suppression (1 problem):\n  - batchSize: got 0; must be an integer from 1 to 1000 events",
    );
  });
});
