import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";

/** A synthesized stack as the tests read it: Terraform JSON with snake_case keys. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  readonly provider?: Record<string, unknown>;
  readonly terraform?: Record<string, unknown>;
}

// Testing.app() without an outdir makes a new temporary directory per app and never removes it;
// the apps of one test file share this one, removed after the file's tests.
let outdir: string | undefined;
afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
  outdir = undefined;
});

/** A stack with the yandex provider, ready for constructs under test (its app's outdir is a temporary directory). */
export function newStack(id = "test"): TerraformStack {
  outdir ??= fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-test-"));
  const app = Testing.app({ outdir });
  const stack = new TerraformStack(app, id);
  new YandexProvider(stack, "yandex", {});
  return stack;
}

/** Synthesizes a stack, running its validations as `app.synth()` does, and parses it. */
export function synthStack(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack, true)) as SynthesizedStack;
}

/** The resources of one type, by logical id; fails the test when there are none. */
export function resourcesOf(synth: SynthesizedStack, type: string): Record<string, Record<string, unknown>> {
  const found = synth.resource?.[type];
  if (!found) throw new Error(`no ${type} in the stack; it has ${Object.keys(synth.resource ?? {}).join(", ")}`);
  return found;
}

/** The only resource of one type; fails the test when there is not exactly one. */
export function onlyResource(synth: SynthesizedStack, type: string): Record<string, unknown> {
  const all = Object.values(resourcesOf(synth, type));
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}

/** Resolves tokens the way synth does, for asserting on a construct's public members. */
export function resolveIn(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}
