import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DefaultTokenResolver, StringConcat, TerraformStack, Testing, Tokenization } from "cdktf";
import { IConstruct } from "constructs";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
// Brings the type declarations of the matchers that setup.js registers with Testing.setupJest().
import "cdktf/lib/testing/adapters/jest";

/** A synthesized stack as the tests read it: Terraform JSON with snake_case keys. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  readonly provider?: Record<string, unknown>;
  readonly terraform?: Record<string, unknown>;
}

/** A generated resource or data source class, as cdktf's matchers take it. */
export interface TerraformType {
  readonly tfResourceType: string;
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

/**
 * A construct's path (a grant's: its IAM member's), for asserting which one a call returned: a failing
 * comparison of two paths prints two short strings, where comparing the objects makes jest format
 * whole construct trees, for minutes.
 */
export function pathOf(x: IConstruct | { readonly resource: IConstruct } | undefined): string | undefined {
  if (x === undefined) return undefined;
  return "node" in x ? x.node.path : x.resource.node.path;
}

/** Synthesizes a stack, running its validations as `app.synth()` does: the JSON text cdktf's matchers read. */
export function synth(stack: TerraformStack): string {
  return Testing.synth(stack, true);
}

/** Synthesizes a stack, running its validations, and parses it. */
export function synthStack(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(synth(stack)) as SynthesizedStack;
}

/** The resources of one generated class in a synthesized stack, by logical id (empty when there are none). */
export function resourcesOfType(synthesized: string, type: TerraformType): Record<string, Record<string, unknown>> {
  return (JSON.parse(synthesized) as SynthesizedStack).resource?.[type.tfResourceType] ?? {};
}

/** The data sources of one generated class in a synthesized stack, by logical id (empty when there are none). */
export function dataSourcesOfType(synthesized: string, type: TerraformType): Record<string, Record<string, unknown>> {
  return (JSON.parse(synthesized) as SynthesizedStack).data?.[type.tfResourceType] ?? {};
}

/** The warnings added with `Annotations.of(...).addWarning` anywhere under `scope`. */
export function warningsOf(scope: IConstruct): unknown[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((m) => m.type === "@cdktf/warn")
    .map((m) => m.data);
}

/** Resolves tokens the way synth does, for asserting on a construct's public members. */
export function resolveIn(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}
