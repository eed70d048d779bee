import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { compileJq, jqSyntaxProblem } from "../../lib/private/jq";
import { TRIGGER_JQ_SYNTAX_RULE } from "../../lib/validate/rules";
import { DOCUMENTED_CR_EVENT, DOCUMENTED_CR_MESSAGE } from "../fixtures/yandex-cr-event";
import { ruleLines } from "../helpers/documents";
import { ROOT } from "../helpers/run-app";

// The same jq the checker compiles with runs the documented snippets, so a snippet docs/CHECKS.md
// shows is one that jq both accepts and evaluates to what the page says.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jqWeb = require("jq-web") as Promise<{ json(input: unknown, filter: string): unknown }>;

/** The jq code blocks of docs/CHECKS.md that follow a line naming them: "Filter:" and "Transformer:". */
function snippet(name: string): string {
  const text = fs.readFileSync(path.join(ROOT, "docs/CHECKS.md"), "utf8");
  const m = new RegExp(`${name}:\\n+\`\`\`jq\\n([^]*?)\\n\`\`\``).exec(text);
  if (!m) throw new Error(`docs/CHECKS.md has no "${name}:" jq block`);
  return m[1];
}

describe("compileJq", () => {
  test("accepts valid expressions without running them", () => {
    expect(compileJq(".")).toEqual({});
    expect(compileJq('error("never run")')).toEqual({});
    expect(compileJq("repeat(.)")).toEqual({});
  });

  test("returns jq's own message for a syntax error and an unknown function", () => {
    expect(compileJq(".details | select(")).toEqual({ error: "syntax error, unexpected end of file at <top-level>, line 1" });
    expect(compileJq(".a | nosuch")).toEqual({ error: "nosuch/0 is not defined at <top-level>, line 1" });
  });

  test("after a program that traps jq, compiles the next one with a new worker instead of posting to the dead one", () => {
    // 65,534 characters of nesting overflow jq-web's parser: a WebAssembly trap, not a compile error, so it is left unchecked
    const trapping = "[".repeat(32_767) + "]".repeat(32_767);
    expect(compileJq(trapping)).toEqual({});
    // bounded, so that a dead worker reused shows here as a failure within seconds instead of a minute's hang
    expect(compileJq(".details | select(.tag ==", { timeoutMs: 10_000 })).toEqual({
      error: "syntax error, unexpected end of file at <top-level>, line 1",
    });
    expect(compileJq(".details.tag", { timeoutMs: 10_000 })).toEqual({});
  });

  test("jqSyntaxProblem says what is wrong in words for a prop error", () => {
    expect(jqSyntaxProblem(".details.tag")).toBeUndefined();
    expect(jqSyntaxProblem("{")).toMatch(/^jq cannot compile it: syntax error, unexpected end of file/);
  });
});

describe("runJq", () => {
  test("a run that jq never answers (stopJq came first) does not keep the process alive until its timeout", () => {
    // as on Ctrl-C in cr-websocket-local: a run is pending when the run stops jq
    const script = `const jq = require(${JSON.stringify(path.join(ROOT, "build/lib/private/jq.js"))});
      jq.runJq(".", {}, 20000).catch(() => process.exit(2));
      void jq.stopJq();`;
    const started = Date.now();
    const run = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 30_000 });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe("YC-TRIGGER-JQ-SYNTAX", () => {
  const withJq = (filter: string, transformer: string) => ({
    action: [
      {
        gateway_websocket_broadcast: { gateway_id: "g", path: "/p", service_account_id: "s" },
        filter: { jq: filter },
        transformer: { jq: transformer },
      },
    ],
  });

  test("passes expressions that compile, and skips unknown ones", () => {
    expect(ruleLines(TRIGGER_JQ_SYNTAX_RULE, "yandex_serverless_triggers", withJq(".", "${var.t}"))).toEqual([]);
  });

  test("fails on a broken filter and a broken transformer, quoting each and jq's message", () => {
    expect(ruleLines(TRIGGER_JQ_SYNTAX_RULE, "yandex_serverless_triggers", withJq(".a ==", "{id: .x"))).toEqual([
      'action[0].filter.jq: jq cannot compile ".a ==": syntax error, unexpected end of file at <top-level>, line 1 [api] YC-TRIGGER-JQ-SYNTAX',
      expect.stringMatching(/^action\[0\]\.transformer\.jq: jq cannot compile "\{id: \.x": syntax error/),
    ]);
  });
});

describe("the filter and the transformer in docs/CHECKS.md", () => {
  test("compile", () => {
    expect(compileJq(snippet("Filter"))).toEqual({});
    expect(compileJq(snippet("Transformer"))).toEqual({});
  });

  test("the filter keeps the documented CreateImage event of ubuntu and drops a deletion", async () => {
    const jq = await jqWeb;
    expect(jq.json(DOCUMENTED_CR_EVENT, snippet("Filter"))).toBe(true);
    const deleted = {
      ...DOCUMENTED_CR_EVENT,
      event_metadata: { ...DOCUMENTED_CR_EVENT.event_metadata, event_type: "yandex.cloud.events.containerregistry.DeleteImage" },
    };
    expect(jq.json(deleted, snippet("Filter"))).toBe(false);
  });

  test("the transformer turns the documented event into a small message", async () => {
    const jq = await jqWeb;
    expect(jq.json(DOCUMENTED_CR_EVENT, snippet("Transformer"))).toEqual({
      event: "CreateImage",
      image: "cr.yandex/crt2504s************/ubuntu:latest",
      digest: "sha256:45f8f740272f1f2a053eade37d8d************************************",
      at: "2020-09-07T11:09:14Z",
    });
    expect(DOCUMENTED_CR_MESSAGE.messages).toHaveLength(1);
  });
});
