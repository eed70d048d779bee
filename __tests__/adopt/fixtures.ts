import * as fs from "fs";
import * as path from "path";
import { Json, JsonMap } from "../../lib/adopt";

/** Where the yc outputs of a console-made trigger, its registry and its account are. */
export const FIXTURES = path.join(__dirname, "../fixtures/adopt");

/** The three fixture files. */
export const FIXTURE_FILES = {
  trigger: path.join(FIXTURES, "trigger.json"),
  registry: path.join(FIXTURES, "registry.json"),
  serviceAccount: path.join(FIXTURES, "service-account.json"),
} as const;

/** A fresh parsed copy of a fixture, safe to change. */
export function fixture(name: keyof typeof FIXTURE_FILES): JsonMap {
  return JSON.parse(fs.readFileSync(FIXTURE_FILES[name], "utf8")) as JsonMap;
}

/** The trigger fixture with `change` applied to its `rule.container_registry`. */
export function triggerWithSource(change: (source: JsonMap) => void): JsonMap {
  const trigger = fixture("trigger");
  change((trigger.rule as JsonMap).container_registry as JsonMap);
  return trigger;
}

/** Writes a JSON document into `dir` and returns its path. */
export function writeJson(dir: string, name: string, doc: Json): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}
