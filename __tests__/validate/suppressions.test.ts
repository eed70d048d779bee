import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkSynthesizedApp, CHECK_RULES, Finding, FindingKind, isSuppressed, parseSuppression } from "../../lib/validate";
import { put, schema, trigger, validDocument } from "../helpers/documents";

const finding = (rule: string, address: string): Finding => ({ address, path: "", message: "m", kind: FindingKind.PROVIDER, rule });

describe("parseSuppression", () => {
  test("reads a rule id alone, or with an address after the first colon", () => {
    expect(parseSuppression("YC-TRIGGER-TAG")).toStrictEqual({ rule: "YC-TRIGGER-TAG" });
    // a leading ":" leaves an empty rule id, which is none
    expect(() => parseSuppression(":output.url")).toThrow(
      /^Invalid suppression \(1 problem\):\n {2}- --ignore: got ":output.url"; no rule has the id ""; known: /,
    );
    expect(parseSuppression("YC-SCHEMA:provider.yandex[0]")).toEqual({ rule: "YC-SCHEMA", address: "provider.yandex[0]" });
    expect(parseSuppression("TF-REFERENCE:output.url")).toEqual({ rule: "TF-REFERENCE", address: "output.url" });
  });

  test("accepts every rule id", () => {
    for (const rule of CHECK_RULES) expect(parseSuppression(rule.id).rule).toBe(rule.id);
  });

  test("fails on an unknown rule id, naming the entry and the known ids", () => {
    expect(() => parseSuppression("YC-NOPE:x.y")).toThrow(
      /^Invalid suppression \(1 problem\):\n {2}- --ignore: got "YC-NOPE:x\.y"; no rule has the id "YC-NOPE"; known: YC-SCHEMA, TF-REFERENCE, YC-RESOURCE-NAME/,
    );
  });

  test("fails on an empty address", () => {
    expect(() => parseSuppression("YC-SCHEMA:")).toThrow(
      /^Invalid suppression \(1 problem\):\n {2}- --ignore: got "YC-SCHEMA:"; the address after ":" is empty/,
    );
  });
});

describe("isSuppressed", () => {
  test("matches the rule everywhere, or only at the given address", () => {
    expect(isSuppressed(finding("YC-TRIGGER-TAG", "a.b"), [{ rule: "YC-TRIGGER-TAG" }])).toBe(true);
    expect(isSuppressed(finding("YC-TRIGGER-TAG", "a.b"), [{ rule: "YC-TRIGGER-TAG", address: "a.b" }])).toBe(true);
    expect(isSuppressed(finding("YC-TRIGGER-TAG", "a.c"), [{ rule: "YC-TRIGGER-TAG", address: "a.b" }])).toBe(false);
    expect(isSuppressed(finding("YC-SCHEMA", "a.b"), [{ rule: "YC-TRIGGER-TAG" }])).toBe(false);
    expect(isSuppressed(finding("YC-SCHEMA", "a.b"), [])).toBe(false);
  });
});

describe("checkSynthesizedApp", () => {
  let outdir: string;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "check-app-"));
    const doc = validDocument();
    put(trigger(doc), "name", "Events");
    put(trigger(doc), "colour", "red");
    fs.mkdirSync(path.join(outdir, "stacks/dev"), { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks/dev/cdk.tf.json"), JSON.stringify(doc));
    fs.writeFileSync(path.join(outdir, "manifest.json"), JSON.stringify({ stacks: { dev: { synthesizedStackPath: "stacks/dev/cdk.tf.json" } } }));
  });
  afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("reports every finding of every stack when nothing is ignored", () => {
    const [dev] = checkSynthesizedApp(outdir, schema);
    expect(dev.stack).toBe("dev");
    expect(dev.file).toBe(path.join(outdir, "stacks/dev/cdk.tf.json"));
    expect(dev.findings.map((f) => f.rule).sort()).toEqual(["YC-RESOURCE-NAME", "YC-SCHEMA"]);
    expect(dev.ignored).toEqual([]);
  });

  test("moves the findings an ignore list covers from findings to ignored", () => {
    const address = checkSynthesizedApp(outdir, schema)[0].findings.find((f) => f.rule === "YC-SCHEMA")!.address;
    const [dev] = checkSynthesizedApp(outdir, schema, { ignore: [{ rule: "YC-SCHEMA", address }, { rule: "YC-TRIGGER-TAG" }] });
    expect(dev.findings.map((f) => f.rule)).toEqual(["YC-RESOURCE-NAME"]);
    expect(dev.ignored.map((f) => f.rule)).toEqual(["YC-SCHEMA"]);
  });

  test("says a folder without manifest.json is not a synth output", () => {
    fs.rmSync(path.join(outdir, "manifest.json"));
    expect(() => checkSynthesizedApp(outdir, schema)).toThrow(`${outdir} is not a synth output: it has no manifest.json`);
  });
});
