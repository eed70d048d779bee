import * as path from "path";
import { YANDEX_PROVIDER_VERSION } from "../../lib/provider-schema";
import { TypePlanFacts } from "../../lib/validate/plan-facts";
import { OracleType } from "./oracle";

/** The generated module, relative to the repository root. */
export const PLAN_FACTS_FILE = path.join("lib", "validate", "provider-plan-facts.ts");

const HEADER = `// Generated from the provider's own source (terraform-provider-yandex v${YANDEX_PROVIDER_VERSION}, read with go/parser by
// tools/provider-oracle): \`npm run provider:facts\`. Do not edit; regenerate.

import { TypePlanFacts } from "./plan-facts";

/** The plan facts of every resource type the oracle reads, by type. */
export const PROVIDER_PLAN_FACTS: Readonly<Record<string, TypePlanFacts>> = `;

/** `stringplanmodifier.RequiresReplace()` → `RequiresReplace`. */
function modifierName(func: string): string {
  return func.slice(func.lastIndexOf(".") + 1);
}

/** The plan facts of the oracle's resource types (top-level attributes), in the generated module's shape. */
export function planFactsOf(types: readonly OracleType[]): Record<string, TypePlanFacts> {
  return Object.fromEntries(
    types
      .filter((t) => t.kind === "resource")
      .map((t) => [
        t.name,
        {
          implementation: t.implementation,
          file: t.file,
          attributes: Object.fromEntries(
            Object.entries(t.attributes)
              .filter(([name]) => !name.includes("."))
              .sort(([a], [b]) => a.localeCompare(b))
              .map(([name, a]) => [
                name,
                {
                  required: a.required,
                  optional: a.optional,
                  computed: a.computed,
                  forceNew: a.forceNew === true,
                  planModifiers: (a.planModifiers ?? []).map((m) => modifierName(m.func)),
                },
              ]),
          ),
        },
      ]),
  );
}

/** The generated module's source for the oracle's types, before formatting. */
export function planFactsModule(types: readonly OracleType[]): string {
  return `${HEADER}${JSON.stringify(planFactsOf(types), null, 2)};\n`;
}
