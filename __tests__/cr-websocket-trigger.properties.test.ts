import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import * as fc from "fast-check";
import { YandexProvider } from "../.gen/providers/yandex/provider";
import { BroadcasterRoleGrant, ContainerRegistryEvent, CrWebsocketTriggerProps, CrWebsocketTrigger, RemovalPolicy } from "../lib";
import { loadPinnedProviderSchema } from "../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../lib/validate";
import { JsonObject } from "../lib/validate/values";
import { LABEL_FACTS, NAME_PATTERNS, TRIGGER_ONLY_LABEL_CHARACTERS } from "./fixtures/yandex-provider-facts";
import { removeTempDirs, tempDir } from "./helpers/hermetic";
import { newStack } from "./helpers/synth";
import { TriggerByIds, triggerByIds } from "./helpers/trigger-props";
import { goPattern, labelProblems, nameAccepted } from "./helpers/provider-facts";

// Seeded so a failure reproduces: 250 runs a property, 100 for the two that synthesize twice a run.
const RUNS = { seed: 20261128, numRuns: 250 };
const PAIR_RUNS = { ...RUNS, numRuns: 100 };
const schema = loadPinnedProviderSchema();

const lowerAlnum = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split(""));
const letter = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz".split(""));
const word = (min: number, max: number) => fc.string({ unit: lowerAlnum, minLength: min, maxLength: max });

const validName = fc
  .tuple(letter, fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-".split("")), minLength: 1, maxLength: 61 }), lowerAlnum)
  .map(([a, mid, z]) => `${a}${mid}${z}`);
const STRICT_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_";
/** Labels with the given extra characters besides the strict set (a key starts with a letter). */
const labelsWith = (extra: readonly string[]) => {
  const unit = fc.constantFrom(...STRICT_LABEL_CHARS.split(""), ...extra);
  return fc.dictionary(
    fc.tuple(letter, fc.string({ unit, maxLength: 20 })).map(([a, b]) => a + b),
    fc.string({ unit, maxLength: 30 }),
    { maxKeys: 5 },
  );
};
/** Labels every resource accepts: what goes on a created registry or service account. */
const labels = labelsWith([]);
/** Labels only a trigger accepts: valid when the registry and the service account are both brought. */
const triggerLabels = labelsWith(TRIGGER_ONLY_LABEL_CHARACTERS);
/** Labels with at least one character only a trigger accepts, in the key or in the value. */
const triggerOnlyLabels = fc
  .tuple(triggerLabels, fc.constantFrom(...TRIGGER_ONLY_LABEL_CHARACTERS), fc.boolean())
  .map(([rest, ch, inKey]) => ({ ...rest, ...(inKey ? { [`team${ch}x`]: "a" } : { team: `a${ch}b` }) }));
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
    // valid jq (each is compiled with a real jq at synth; a few expressions keep that to a few compiles)
    jqFilter: fc.constantFrom(".", '.details.tag == "latest"', '.event_metadata.event_type | startswith("yandex.cloud.events")', "true"),
  },
  { requiredKeys: [] },
);

/** Any valid props, including bring-your-own choices. */
const validProps: fc.Arbitrary<TriggerByIds> = fc
  .tuple(
    tunableProps,
    fc.record(
      {
        folderId: id,
        serviceAccountId: id,
        gatewayId: id,
        websocketPath: wsPath,
        registryRemovalPolicy: fc.constantFrom(...Object.values(RemovalPolicy)),
        broadcasterRoleGrant: fc.constantFrom(...Object.values(BroadcasterRoleGrant)),
      },
      { requiredKeys: [] },
    ),
    fc.option(id, { nil: undefined }),
  )
  .chain(([tunable, byo, registryId]) => {
    const props: TriggerByIds =
      registryId === undefined ? { ...tunable, ...byo } : { ...tunable, ...byo, registryRemovalPolicy: undefined, registryId };
    // the trigger's looser labels are valid only when no registry and no service account is created
    if (props.registryId === undefined || props.serviceAccountId === undefined) return fc.constant(props);
    return fc.option(triggerLabels, { nil: undefined }).map((l) => (l === undefined ? props : { ...props, labels: l }));
  });

/** Registry and service account choices where at least one of the two is created here. */
const createsRegistryOrAccount = fc
  .record({ registryId: fc.option(id, { nil: undefined }), serviceAccountId: fc.option(id, { nil: undefined }) })
  .filter((p) => p.registryId === undefined || p.serviceAccountId === undefined)
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as TriggerByIds);

/** One invalid prop, with the prop name the error must mention. */
const invalidProp: fc.Arbitrary<[keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]> = fc.oneof(
  fc
    .string({ maxLength: 70 })
    .filter((s) => s === "" || !goPattern(NAME_PATTERNS.yandex_serverless_triggers).test(s))
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
    .oneof(fc.constant(""), fc.string({ minLength: 51, maxLength: 60 }))
    .map((folderId) => ["folderId", { folderId }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
  fc
    .tuple(triggerOnlyLabels, createsRegistryOrAccount)
    .map(([l, brought]) => ["labels", { ...brought, labels: l }] as [keyof CrWebsocketTriggerProps, CrWebsocketTriggerProps]),
);

function synthDocument(props: TriggerByIds): string {
  const stack = newStack("prop");
  triggerByIds(stack, "Events", props);
  return Testing.synth(stack, true);
}

function addresses(doc: string): string[] {
  const parsed = JSON.parse(doc) as { resource?: Record<string, Record<string, unknown>>; data?: Record<string, Record<string, unknown>> };
  return (["resource", "data"] as const)
    .flatMap((mode) => Object.entries(parsed[mode] ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${mode}.${type}.${n}`)))
    .sort();
}

/** Every name and label of the synthesized resources that the provider reference (fixture) refuses. */
function referenceProblems(doc: string): string[] {
  const parsed = JSON.parse(doc) as { resource?: Record<string, Record<string, { name?: string; labels?: Record<string, string> }>> };
  return Object.entries(parsed.resource ?? {}).flatMap(([type, byName]) =>
    Object.values(byName).flatMap((body) => [
      ...(typeof body.name === "string" && !nameAccepted(type, body.name) ? [`${type}: name ${JSON.stringify(body.name)}`] : []),
      ...labelProblems(type, body.labels ?? {}),
    ]),
  );
}

describe("CrWebsocketTrigger properties", () => {
  afterEach(removeTempDirs);

  test("any valid props synthesize a stack that passes the offline checker and the provider reference's name and label rules", () => {
    fc.assert(
      fc.property(validProps, (props) => {
        const doc = synthDocument(props);
        expect(checkTerraformDocument(JSON.parse(doc) as JsonObject, schema).map(formatFinding)).toEqual([]);
        // the checker reads lib/validate/provider-rules.ts like the construct; the fixture shares nothing with either
        expect(referenceProblems(doc)).toEqual([]);
      }),
      RUNS,
    );
  });

  test("the generators produce what they claim: valid props use each trigger-only label character, invalid labels break a reference rule", () => {
    const sampled = fc.sample(validProps, { seed: RUNS.seed, numRuns: 500 });
    const used = new Set(sampled.flatMap((p) => Object.entries(p.labels ?? {}).flatMap(([k, v]) => [...k, ...v])));
    for (const ch of TRIGGER_ONLY_LABEL_CHARACTERS) expect(used).toContain(ch);
    for (const l of fc.sample(triggerOnlyLabels, { seed: RUNS.seed, numRuns: 200 })) {
      expect(labelProblems("yandex_serverless_triggers", l)).toEqual([]);
      expect(labelProblems("yandex_container_registry", l)).not.toEqual([]);
      expect(labelProblems("yandex_iam_service_account", l)).not.toEqual([]);
    }
    expect(Object.keys(LABEL_FACTS)).toEqual(expect.arrayContaining(["yandex_container_registry", "yandex_iam_service_account"]));
  });

  test("labels with a trigger-only character are refused whenever a registry or a service account is created", () => {
    fc.assert(
      fc.property(triggerOnlyLabels, createsRegistryOrAccount, (l, brought) => {
        expect(() => synthDocument({ ...brought, labels: l })).toThrow(/\n {2}- labels: got /);
      }),
      RUNS,
    );
  });

  test("any invalid prop fails with an error naming it, and no stack file is written", () => {
    const outdir = tempDir("invalid-");
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
  });

  test("the same props synthesize byte-identical documents", () => {
    fc.assert(
      fc.property(validProps, (props) => {
        expect(synthDocument(props)).toBe(synthDocument(props));
      }),
      PAIR_RUNS,
    );
  });

  test("changing names, filters, batching, labels or descriptions never changes a resource address", () => {
    fc.assert(
      fc.property(tunableProps, tunableProps, (before, after) => {
        expect(addresses(synthDocument(after))).toEqual(addresses(synthDocument(before)));
      }),
      PAIR_RUNS,
    );
  });
});
