/**
 * The objects `yc ... get --format json` prints, as the adopt tool reads them. yc prints the
 * proto field names (snake_case), leaves out empty fields, writes int64 values as strings and
 * durations as `"10s"` (the protobuf JSON mapping).
 */

/** A JSON value as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object. */
export type JsonMap = { [key: string]: Json };

/** The kinds of object the adopt tool reads. */
export enum YcObjectKind {
  TRIGGER = "trigger",
  REGISTRY = "container registry",
  SERVICE_ACCOUNT = "service account",
}

/** An input the adopt tool cannot read at all: not yc JSON of the expected kind. */
export class YcInputError extends Error {}

/** True for a JSON object (not an array, not null). */
export function isJsonMap(value: Json | undefined): value is JsonMap {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Which kind of object a yc JSON document is, from its fields: a trigger has a `rule`, a registry a
 * `status` and no `rule`, a service account neither (`yc iam service-account get` prints no status).
 */
export function ycObjectKind(value: Json): YcObjectKind {
  if (!isJsonMap(value) || typeof value.id !== "string") {
    throw new YcInputError('is not the JSON of one yc object: expected an object with an "id" (yc ... get --format json)');
  }
  if ("rule" in value) return YcObjectKind.TRIGGER;
  if ("status" in value) return YcObjectKind.REGISTRY;
  return YcObjectKind.SERVICE_ACCOUNT;
}

/** Parses a yc JSON document; throws a {@link YcInputError} for text that is not JSON. */
export function parseYcJson(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (e) {
    throw new YcInputError(`is not JSON (${(e as Error).message}); write it with \`yc ... get <id> --format json\``);
  }
}

/** Something in the yc objects the generated code does not reproduce, at a field path such as `rule.container_registry.tag`. */
export interface AdoptNote {
  readonly path: string;
  readonly message: string;
}

/**
 * Reads fields of one yc object, remembering which it read, so that every field it did not read
 * (an unknown field, a newer API's addition) is reported instead of dropped.
 */
export class FieldReader {
  private readonly read = new Set<string>();

  public constructor(
    private readonly value: JsonMap,
    /** Path of this object from the document root, `""` for the root. */
    public readonly path: string,
    private readonly notes: AdoptNote[],
  ) {}

  /** The path of a field of this object. */
  public pathOf(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /** Marks fields as read without using them (ids and timestamps the cloud sets). */
  public ignore(...keys: string[]): void {
    for (const key of keys) this.read.add(key);
  }

  /** Whether the object has the field. */
  public has(key: string): boolean {
    return key in this.value;
  }

  /** A string field, or undefined when absent; a note when it is there and not a string. */
  public string(key: string): string | undefined {
    this.read.add(key);
    const v = this.value[key];
    if (v === undefined) return undefined;
    if (typeof v === "string") return v;
    this.note(key, `got ${JSON.stringify(v)}; expected a string`);
    return undefined;
  }

  /** A string field the object cannot do without; a {@link YcInputError} when it is absent. */
  public requiredString(key: string, what: string): string {
    const v = this.string(key);
    if (v === undefined || v === "") throw new YcInputError(`has no ${this.pathOf(key)} (${what})`);
    return v;
  }

  /** An int64 field, which the protobuf JSON mapping writes as a string of digits (a number is accepted too); undefined when absent. */
  public int64(key: string): number | undefined {
    this.read.add(key);
    const v = this.value[key];
    if (v === undefined) return undefined;
    if (typeof v === "number" || (typeof v === "string" && /^-?\d+$/.test(v))) return Number(v);
    this.note(key, `got ${JSON.stringify(v)}; expected an int64 (a string of digits)`);
    return undefined;
  }

  /** A map of strings (labels), or undefined when absent; entries that are not strings are noted. */
  public stringMap(key: string): Record<string, string> | undefined {
    this.read.add(key);
    const v = this.value[key];
    if (v === undefined) return undefined;
    if (!isJsonMap(v)) {
      this.note(key, `got ${JSON.stringify(v)}; expected an object of strings`);
      return undefined;
    }
    const out: Record<string, string> = {};
    for (const [k, item] of Object.entries(v)) {
      if (typeof item === "string") out[k] = item;
      else this.note(`${key}.${k}`, `got ${JSON.stringify(item)}; expected a string`);
    }
    return out;
  }

  /** A list of strings, or undefined when absent. */
  public stringList(key: string): string[] | undefined {
    this.read.add(key);
    const v = this.value[key];
    if (v === undefined) return undefined;
    if (Array.isArray(v) && v.every((item) => typeof item === "string")) return v as string[];
    this.note(key, `got ${JSON.stringify(v)}; expected a list of strings`);
    return undefined;
  }

  /** A nested object as its own reader, or undefined when absent. */
  public object(key: string): FieldReader | undefined {
    this.read.add(key);
    const v = this.value[key];
    if (v === undefined) return undefined;
    if (isJsonMap(v)) return new FieldReader(v, this.pathOf(key), this.notes);
    this.note(key, `got ${JSON.stringify(v)}; expected an object`);
    return undefined;
  }

  /** The names of this object's fields that nothing read yet. */
  public unread(): string[] {
    return Object.keys(this.value).filter((k) => !this.read.has(k));
  }

  /** Notes every field nothing read as one the generated code does not reproduce. */
  public reportUnread(): void {
    for (const key of this.unread()) {
      this.note(key, `unknown field (${JSON.stringify(this.value[key])}); the generated code does not reproduce it`);
    }
  }

  /** Adds a note about one field of this object. */
  public note(key: string, message: string): void {
    this.notes.push({ path: this.pathOf(key), message });
  }
}

/**
 * A protobuf JSON duration (`"10s"`, `"1.500s"`) in seconds, or undefined when the text is not one.
 */
export function protobufDurationSeconds(text: string): number | undefined {
  const m = /^(\d+)(?:\.(\d{1,9}))?s$/.exec(text);
  if (!m) return undefined;
  return Number(m[1]) + (m[2] ? Number(`0.${m[2]}`) : 0);
}
