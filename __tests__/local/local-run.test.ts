import { CleanupStep, notificationReceiver, runCleanup } from "../../lib/local/local-run";

describe("runCleanup", () => {
  test("runs every step, the last added first, and empties the list", async () => {
    const ran: string[] = [];
    const steps: CleanupStep[] = [() => void ran.push("temp dir"), async () => void ran.push("gateway"), () => void ran.push("registry")];
    await runCleanup(steps);
    expect(ran).toEqual(["registry", "gateway", "temp dir"]);
    expect(steps).toEqual([]);
  });

  test("fails with the first step's error only after every other step has run", async () => {
    const ran: string[] = [];
    const steps: CleanupStep[] = [
      () => void ran.push("temp dir"),
      () => {
        throw new Error("the engine would not stop");
      },
      async () => {
        ran.push("registry");
        return Promise.reject(new Error("the registry would not stop"));
      },
    ];
    await expect(runCleanup(steps)).rejects.toThrow("the registry would not stop");
    expect(ran).toEqual(["registry", "temp dir"]);
  });
});

describe("notificationReceiver", () => {
  test("hands the envelope's changes to the engine", () => {
    const handled: unknown[] = [];
    const receive = notificationReceiver({ handle: async (changes) => void handled.push(changes) }, () => undefined);
    receive({ events: [{ action: "delete", target: { repository: "crp1/app", tag: "v1" } }] });
    expect(handled).toEqual([[{ action: "delete", repository: "crp1/app", tag: "v1" }]]);
  });

  test("logs a failure to process a notification as one line, and the run goes on", async () => {
    const logged: string[] = [];
    const receive = notificationReceiver({ handle: () => Promise.reject(new Error("the gateway\nis gone")) }, (line) => logged.push(line));
    receive({ events: [] });
    await new Promise((r) => setImmediate(r));
    expect(logged).toEqual(["error: a registry notification was not processed: the gateway is gone"]);
  });
});
