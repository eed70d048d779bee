/**
 * A small typed model of the TypeScript the adopt tool writes, and its printer. Every string that
 * comes from an input is a {@link TsExpr} literal and printed with `JSON.stringify`; identifiers
 * come only from the generator itself.
 */

/** A TypeScript expression. */
export type TsExpr =
  | { readonly kind: "literal"; readonly value: string | number | boolean }
  | { readonly kind: "identifier"; readonly name: string }
  | { readonly kind: "member"; readonly object: string; readonly property: string }
  | { readonly kind: "object"; readonly entries: readonly (readonly [string, TsExpr])[] }
  | { readonly kind: "array"; readonly items: readonly TsExpr[] }
  | { readonly kind: "new"; readonly className: string; readonly args: readonly TsExpr[] }
  | { readonly kind: "call"; readonly target: TsExpr; readonly method: string; readonly args: readonly TsExpr[] };

/** A statement: a `const` declaration or an expression, with optional comment lines before it. */
export interface TsStatement {
  readonly comment?: readonly string[];
  readonly constName?: string;
  readonly expr: TsExpr;
}

/** One `import { a, b } from "module"`. */
export interface TsImport {
  readonly names: readonly string[];
  readonly from: string;
}

/** A module: a header comment, imports and top-level statements. */
export interface TsModule {
  readonly header: readonly string[];
  readonly imports: readonly TsImport[];
  readonly statements: readonly TsStatement[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A literal. */
export const lit = (value: string | number | boolean): TsExpr => ({ kind: "literal", value });
/** A reference to a name the generator declared or imported. */
export const ident = (name: string): TsExpr => ({ kind: "identifier", name: checkedIdentifier(name) });
/** `Object.property`, for enum members. */
export const member = (object: string, property: string): TsExpr => ({
  kind: "member",
  object: checkedIdentifier(object),
  property: checkedIdentifier(property),
});
/** An object literal; entries whose value is undefined are left out. */
export const obj = (entries: readonly (readonly [string, TsExpr | undefined])[]): TsExpr => ({
  kind: "object",
  entries: entries.filter((e): e is readonly [string, TsExpr] => e[1] !== undefined),
});
/** An array literal. */
export const arr = (items: readonly TsExpr[]): TsExpr => ({ kind: "array", items });
/** `new ClassName(args)`. */
export const newExpr = (className: string, args: readonly TsExpr[]): TsExpr => ({ kind: "new", className: checkedIdentifier(className), args });
/** `target.method(args)`. */
export const call = (target: TsExpr, method: string, args: readonly TsExpr[]): TsExpr => ({
  kind: "call",
  target,
  method: checkedIdentifier(method),
  args,
});
/** A string-to-string map (labels) as an object literal. */
export const stringMap = (map: Readonly<Record<string, string>>): TsExpr => obj(Object.entries(map).map(([k, v]) => [k, lit(v)]));

function checkedIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not an identifier: ${JSON.stringify(name)}`);
  return name;
}

/** Prints an expression at an indentation level (two spaces each). */
export function printExpr(expr: TsExpr, indent = 0): string {
  const pad = "  ".repeat(indent + 1);
  const close = "  ".repeat(indent);
  switch (expr.kind) {
    case "literal":
      return JSON.stringify(expr.value);
    case "identifier":
      return expr.name;
    case "member":
      return `${expr.object}.${expr.property}`;
    case "object":
      if (expr.entries.length === 0) return "{}";
      return `{\n${expr.entries.map(([k, v]) => `${pad}${propertyKey(k)}: ${printExpr(v, indent + 1)},\n`).join("")}${close}}`;
    case "array":
      if (expr.items.length === 0) return "[]";
      return `[\n${expr.items.map((item) => `${pad}${printExpr(item, indent + 1)},\n`).join("")}${close}]`;
    case "new":
      return `new ${expr.className}(${printArgs(expr.args, indent)})`;
    case "call":
      return `${printExpr(expr.target, indent)}.${expr.method}(${printArgs(expr.args, indent)})`;
  }
}

/** An object key: bare when it is an identifier, else a string literal. */
function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function printArgs(args: readonly TsExpr[], indent: number): string {
  return args.map((a) => printExpr(a, indent)).join(", ");
}

function comment(line: string): string {
  // a line terminator would end the comment and turn the rest into code
  if (/[\n\r\u2028\u2029]/.test(line)) throw new Error(`a comment line must be one line: ${JSON.stringify(line)}`);
  return `// ${line}`.trimEnd();
}

/** Prints a module as the text of a `.ts` file. */
export function printModule(module: TsModule): string {
  const lines: string[] = [];
  for (const line of module.header) lines.push(comment(line));
  if (module.header.length > 0) lines.push("");
  for (const imp of module.imports) lines.push(`import { ${[...imp.names].sort().join(", ")} } from ${JSON.stringify(imp.from)};`);
  lines.push("");
  for (const s of module.statements) {
    for (const line of s.comment ?? []) lines.push(comment(line));
    lines.push(`${s.constName ? `const ${checkedIdentifier(s.constName)} = ` : ""}${printExpr(s.expr)};`);
  }
  return `${lines.join("\n")}\n`;
}
