import { ProviderSchema } from "../provider-schema/schema-types";
import { childPath, Finding, FindingKind } from "./findings";
import { typeBlock } from "./schema-check";
import { RuleInfo } from "./rules/rule";
import { isObject, JsonValue } from "./values";

/** TF-REFERENCE: every reference and `depends_on` entry points to something declared in the stack, with an attribute its type has. */
export const REFERENCE_RULE: RuleInfo = {
  id: "TF-REFERENCE",
  rationale: "Terraform refuses a reference to an undeclared resource or to an attribute its type does not have.",
};

const REFERENCE = /(?<![\w.])(data\.)?(yandex_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)(?:\[[^\]]*\])?(?:\.([A-Za-z_][A-Za-z0-9_]*))?/g;

/** What a document declares, by mode and type: the names of its resources and data sources. */
export interface Declarations {
  readonly resource: Record<string, Record<string, unknown>>;
  readonly data: Record<string, Record<string, unknown>>;
}

/**
 * Finds every `${yandex_x.name.attr}` / `${data.yandex_x.name.attr}` reference (and every
 * `depends_on` entry) under `value` and reports those that point to nothing declared in the
 * document, or to an attribute the referenced type does not have.
 */
export function checkReferences(address: string, value: JsonValue, declared: Declarations, schema: ProviderSchema): Finding[] {
  const findings: Finding[] = [];
  walkStrings(value, "", (text, path) => {
    // depends_on entries are bare addresses; everywhere else references sit inside ${...}
    const expressions = /^depends_on\[\d+\]$/.test(path) ? [text] : interpolations(text);
    for (const expression of expressions) {
      for (const m of expression.matchAll(REFERENCE)) {
        const problem = referenceProblem(m[1] ? "data" : "resource", m[2], m[3], m[4], declared, schema);
        if (problem)
          findings.push({ address, path, message: `reference "${m[0]}" ${problem}`, kind: FindingKind.REFERENCE, rule: REFERENCE_RULE.id });
      }
    }
  });
  return findings;
}

function referenceProblem(
  mode: "resource" | "data",
  type: string,
  name: string,
  attribute: string | undefined,
  declared: Declarations,
  schema: ProviderSchema,
): string | undefined {
  const prefix = mode === "data" ? "data." : "";
  if (!declared[mode][type]?.[name]) return `points to ${prefix}${type}.${name}, which is not declared in this stack`;
  if (attribute === undefined) return undefined;
  const block = typeBlock(schema, mode, type);
  if (!block) return undefined; // the unknown type itself is reported by the schema check
  if (attribute in (block.attributes ?? {}) || attribute in (block.block_types ?? {})) return undefined;
  return `names attribute "${attribute}", which ${prefix}${type} does not have`;
}

/** The contents of every `${...}` in a string, with nested braces balanced. */
function interpolations(text: string): string[] {
  const out: string[] = [];
  let start = text.indexOf("${");
  while (start >= 0) {
    let depth = 1;
    let i = start + 2;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}") depth--;
    }
    out.push(text.slice(start + 2, i - 1));
    start = text.indexOf("${", i);
  }
  return out;
}

function walkStrings(value: JsonValue, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === "string") visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, childPath(path, i), visit));
  else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) if (k !== "//") walkStrings(v, childPath(path, k), visit);
  }
}
