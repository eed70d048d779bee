import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import * as fc from "fast-check";
import { YandexProvider } from "../.gen/providers/yandex/provider";
import { ContainerRegistryEvent, CrWebsocketTriggerProps, CrWebsocketTrigger } from "../lib";
import { loadPinnedProviderSchema } from "../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../lib/validate";
import { JsonObject } from "../lib/validate/values";

// Seeded so a failure reproduces; 4 properties × 250+ runs ≥ 1000 cases.
const RUNS = { seed: 20261128, numRuns: 250 };
const schema = loadPinnedProviderSchema();

const lowerAlnum = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split(""));
const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split(""));
const word = (min: number, max: number) => fc.string({ unit: lowerAlnum, minLength: min, maxLength: max });

const validName = fc
  .tuple(letter, fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-".split("")), minLength: 1, maxLength: 61 }), lowerAlnum)
  .map(([a, mid, z]) => `${a}${mid}${z}`);
const labels = fc.dictionary(
  fc.tuple(letter, fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_".split("")), maxLength: 20 })).map(([a, b]) => a + b),
  fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_".split("")), maxLength: 30 }),
  { maxKeys: 5 },
);
const events = fc.uniqueArray(fc.constantFrom(...Object.values(ContainerRegistryEvent)), { minLength: 1, maxLength: 4 });
const imageName = fc.array(word(1, 10), { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));
const tag = fc
  .tuple(
    lowerAlnum,
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-".split("")), maxLength: 40 }),
  )
  .map(([a, b]) => a + b);
const id = fc.tuple(letter, word(5, 19)).map(([a, b]) => a + b);
const wsPath = fc.array(word(1, 8), { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join("/")}`);

/** Props that only change names, filters, batching, labels and descriptions: never what exists. */
const tunableProps = fc.record(
  {
    name: validName,
    description: fc.string({ maxLength: 500 }),
    labels,
    events,
    imageName,
    tag,
    batchSize: fc.integer({ min: 1, max: 1000 }),
    batchCutoffSeconds: fc.integer({ min: 1, max: 60 }),
    registryName: validName,
    jqFilter: fc.string({ minLength: 1, maxLength: 1024 }),
  },
  { requiredKeys: [] },
);

/** Any valid props, including bring-your-own choices. */
const validProps: fc.Arbitrary<CrWebsocketTriggerProps> = fc
  .tuple(
    tunableProps,
    fc.record(
      { folderId: id, serviceAccountId: id, gatewayId: id, websocketPath: wsPath, retainRegistry: fc.boolean(), grantBroadcasterRole: fc.boolean() },
      { requiredKeys: [] },
    ),
    fc.option(id, { nil: undefined }),
  )
  .map(([tunable, byo, registryId]) =>
    registryId === undefined ? { ...tunable, ...byo } : { ...tunable, ...byo, registryName: undefined, registryId },
  );

/** One invalid prop, with the prop name the error must mention. */
const invalidProp: fc.Arbitrary<[keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]> = fc.oneof(
  fc
    .string({ maxLength: 70 })
    .filter((s) => !/^[a-z][-a-z0-9]{1,61}[a-z0-9]$/.test(s))
    .map((name) => ["name", { name }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), fc.double({ min: 1.01, max: 999.99, noInteger: true }))
    .map((batchSize) => ["batchSize", { batchSize }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 61 }))
    .map((batchCutoffSeconds) => ["batchCutoffSeconds", { batchCutoffSeconds }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .string({ minLength: 501, maxLength: 600 })
    .map((description) => ["description", { description }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .string({ maxLength: 20 })
    .filter((s) => !s.startsWith("/"))
    .map((websocketPath) => ["websocketPath", { websocketPath }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .string({ minLength: 1, maxLength: 10 })
    .filter((s) => /[A-Z ]/.test(s))
    .map((imageName) => ["imageName", { imageName }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .constantFrom<ContainerRegistryEvent[]>([], [ContainerRegistryEvent.CREATE_IMAGE, ContainerRegistryEvent.CREATE_IMAGE])
    .map((events) => ["events", { events }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .string({ minLength: 1025, maxLength: 1100 })
    .map((jqFilter) => ["jqFilter", { jqFilter }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .constantFrom("registryId", "serviceAccountId", "gatewayId", "folderId")
    .chain((prop) =>
      fc
        .oneof(fc.constant(""), fc.string({ minLength: 51, maxLength: 60 }))
        .map((v) => [prop, { [prop]: v }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
    ),
);

function synthDocument(props: CrWebsocketTriggerProps): string {
  const stack = new TerraformStack(Testing.app(), "prop");
  new YandexProvider(stack, "yandex", {});
  new CrWebsocketTrigger(stack, "Events", props);
  return Testing.synth(stack, true);
}

function addresses(doc: string): string[] {
  const parsed = JSON.parse(doc) as { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>> };
  return (["resource", "data"] as const)
    .flatMap((mode) => Object.entries(parsed[mode] ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${mode}.${type}.${n}`)))
    .sort();
}

describe("CrWebsocketTrigger properties", () => {
  test("any valid props synthesize a stack that passes the offline checker", () => {
    fc.assert(
      fc.property(validProps, (props) => {
        const findings = checkTerraformDocument(JSON.parse(synthDocument(props)) as JsonObject, schema).map(formatFinding);
        expect(findings).toEqual([]);
      }),
      RUNS,
    );
  });

  test("any invalid prop fails with an error naming it, and no stack file is written", () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "invalid-"));
    try {
      fc.assert(
        fc.property(invalidProp, ([prop, props]) => {
          const app = new App({ outdir });
          const stack = new TerraformStack(app, "invalid");
          new YandexProvider(stack, "yandex", {});
          expect(() => {
            new CrWebsocketTrigger(stack, "Events", props);
            app.synth();
          }).toThrow(new RegExp(`^Invalid CrWebsocketTrigger props[^]*\\n  - ${prop}: got `));
          // App creates the empty stacks/ folder up front; what must never appear is a stack file
          expect(fs.existsSync(path.join(outdir, "stacks", "invalid"))).toBe(false);
          expect(fs.existsSync(path.join(outdir, "manifest.json"))).toBe(false);
        }),
        RUNS,
      );
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });

  test("the same props synthesize byte-identical documents", () => {
    fc.assert(
      fc.property(validProps, (props) => {
        expect(synthDocument(props)).toBe(synthDocument(props));
      }),
      RUNS,
    );
  });

  test("changing names, filters, batching, labels or descriptions never changes a resource address", () => {
    fc.assert(
      fc.property(tunableProps, tunableProps, (before, after) => {
        expect(addresses(synthDocument(after))).toEqual(addresses(synthDocument(before)));
      }),
      RUNS,
    );
  });
});
