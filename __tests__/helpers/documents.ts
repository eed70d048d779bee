import { CrWebsocketTrigger, WebsocketGateway } from "../../lib";
import { loadPinnedProviderSchema } from "../../lib/provider-schema";
import { checkTerraformDocument, Finding, formatFinding } from "../../lib/validate";
import { checkProviderRules, ProviderRule } from "../../lib/validate/rules";
import { JsonObject, JsonValue } from "../../lib/validate/values";
import { newStack, synthStack } from "./synth";

/** The pinned provider schema, loaded once per test file. */
export const schema = loadPinnedProviderSchema();

let cached: string | undefined;

/** A real document from the construct: two triggers, one with a looked-up gateway and a jq filter, the other sharing its registry. Fresh per call. */
export function validDocument(): JsonObject {
  if (cached === undefined) {
    const stack = newStack();
    const events = new CrWebsocketTrigger(stack, "Events", {
      name: "events",
      gateway: WebsocketGateway.fromGatewayId(stack, "Gateway", "d5d0gateway"),
      jqFilter: ".",
    });
    // One registry per folder: the second trigger watches the first one's.
    new CrWebsocketTrigger(stack, "Second", { name: "second", registry: events.registry });
    cached = JSON.stringify(synthStack(stack));
  }
  return JSON.parse(cached) as JsonObject;
}

/** The value at a dotted path (`action.0.filter`); fails the test when the path does not exist. */
export function get(root: JsonValue, path: string): JsonValue {
  return path.split(".").reduce<JsonValue>((node, key) => {
    const next = (node as JsonObject)[key];
    if (next === undefined) throw new Error(`no ${key} in ${path}`);
    return next;
  }, root);
}

function parentOf(root: JsonValue, path: string): [JsonObject, string] {
  const keys = path.split(".");
  const last = keys.pop()!;
  return [(keys.length ? get(root, keys.join(".")) : root) as JsonObject, last];
}

/** Sets the value at a dotted path; the parent must exist. */
export function put(root: JsonValue, path: string, value: JsonValue): void {
  const [parent, key] = parentOf(root, path);
  parent[key] = value;
}

/** Deletes the value at a dotted path. */
export function drop(root: JsonValue, path: string): void {
  const [parent, key] = parentOf(root, path);
  delete parent[key];
}

/** The first resource of a type in a document. */
export const firstOf = (doc: JsonObject, type: string): JsonObject => Object.values(get(doc, `resource.${type}`) as JsonObject)[0] as JsonObject;
/** The first trigger in a document. */
export const trigger = (doc: JsonObject): JsonObject => firstOf(doc, "yandex_serverless_triggers");
/** The logical id of the first resource of a type. */
export const firstId = (doc: JsonObject, type: string): string => Object.keys(get(doc, `resource.${type}`) as JsonObject)[0];

/** Every finding of the whole checker for a document, one formatted line each. */
export function lines(doc: JsonObject): string[] {
  return checkTerraformDocument(doc, schema).map(formatFinding);
}

/** Changes a valid document with `mutate` and expects a finding line matching `expected`. */
export function expectFinding(mutate: (doc: JsonObject) => void, expected: RegExp): void {
  const doc = validDocument();
  mutate(doc);
  expect(lines(doc)).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
}

/** What one rule finds in one resource body, as `<path>: <message> [<kind>] <rule>` lines. */
export function ruleLines(rule: ProviderRule, type: string, body: JsonObject): string[] {
  return checkProviderRules(`${type}.x`, type, body, [rule]).map((f: Finding) => formatFinding(f).slice(`${type}.x: `.length));
}

/** What one rule finds in a whole document (the construct's own output, changed by `mutate`). */
export function ruleLinesInDocument(rule: ProviderRule, mutate: (doc: JsonObject) => void = () => undefined): string[] {
  const doc = validDocument();
  mutate(doc);
  return checkTerraformDocument(doc, schema)
    .filter((f) => f.rule === rule.id)
    .map(formatFinding);
}
