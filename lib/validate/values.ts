/** JSON values as they appear in a synthesized document. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object (not an array, not null). */
export type JsonObject = { [key: string]: JsonValue };

/** True for a JSON object that is not an array. */
export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** True when the string holds a Terraform interpolation, whose value is only known to Terraform. */
export function isInterpolated(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}
