/**
 * Builds a second flavour of the compiled package that loads another CDK core (cdktn instead of
 * cdktf): the modules reachable from the given entries are copied, and only their module
 * specifiers are rewritten, so comments, strings and generated docs stay as they are.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** One module specifier in a compiled file: the string it names and where its text sits (quotes excluded). */
export interface ModuleSpecifier {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function isRequireCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === "require";
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === "require" &&
    callee.name.text === "resolve"
  );
}

/**
 * Every module specifier of a compiled `.js` or `.d.ts` file: import/export declarations,
 * `import x = require()`, `require()`, `require.resolve()`, `import()` calls and types, ambient
 * module names and `/// <reference types>`. Throws on a `require()`/`import()` with a computed
 * argument, because no rewrite could reach what it loads.
 */
export function moduleSpecifiers(fileName: string, text: string): ModuleSpecifier[] {
  const kind = fileName.endsWith(".d.ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: ModuleSpecifier[] = [];
  const add = (literal: ts.StringLiteralLike): void => {
    found.push({ text: literal.text, start: literal.getStart(source) + 1, end: literal.getEnd() - 1 });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier);
    } else if (ts.isExternalModuleReference(node) && ts.isStringLiteral(node.expression)) {
      add(node.expression);
    } else if (ts.isModuleDeclaration(node) && ts.isStringLiteral(node.name)) {
      add(node.name);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal);
    } else if (ts.isCallExpression(node) && isRequireCall(node)) {
      const [first] = node.arguments;
      if (!first || !ts.isStringLiteralLike(first)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        throw new Error(`${fileName}:${line + 1}: ${node.getText(source)} loads a computed module name, which a flavour rewrite cannot follow.`);
      }
      add(first);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const ref of source.typeReferenceDirectives) {
    const start = ref.pos + text.slice(ref.pos, ref.end).indexOf(ref.fileName);
    found.push({ text: ref.fileName, start, end: start + ref.fileName.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether `specifier` names package `name` or a file inside it (`cdktf`, `cdktf/lib/x`; not `cdktf-cli`). */
export function namesPackage(specifier: string, name: string): boolean {
  return specifier === name || specifier.startsWith(`${name}/`);
}

/** `text` with every module specifier that names package `from` pointing at package `to` instead. */
export function rewriteModuleSpecifiers(fileName: string, text: string, from: string, to: string): string {
  let out = text;
  // from the end, so earlier offsets stay valid
  for (const spec of moduleSpecifiers(fileName, text).reverse()) {
    if (namesPackage(spec.text, from)) out = out.slice(0, spec.start) + to + spec.text.slice(from.length) + out.slice(spec.end);
  }
  return out;
}

const COMPILED = [".d.ts", ".js"];

function isCompiled(file: string): boolean {
  return COMPILED.some((ext) => file.endsWith(ext));
}

/** The file a relative specifier of `from` loads, as Node (for `.js`) or TypeScript (for `.d.ts`) resolves it. */
function resolveRelative(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = from.endsWith(".d.ts")
    ? [base.replace(/\.js$/, ".d.ts"), `${base}.d.ts`, path.join(base, "index.d.ts")]
    : [base, `${base}.js`, path.join(base, "index.js")];
  const hit = candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
  if (!hit) throw new Error(`${from}: cannot resolve ${JSON.stringify(specifier)} (tried ${candidates.join(", ")}).`);
  return hit;
}

/** Options of {@link buildFlavour}. */
export interface FlavourOptions {
  /** The compiled package root (`dist/`). */
  readonly distDir: string;
  /** Entry files, relative to `distDir`; a folder stands for every compiled file in it. */
  readonly entries: readonly string[];
  /** Folder under `distDir` that receives the flavour, keeping the layout (`lib/`, `.gen/`) beneath it. */
  readonly outDir: string;
  /** Package the compiled code loads (`cdktf`). */
  readonly from: string;
  /** Package the flavour loads instead (`cdktn`). */
  readonly to: string;
}

/** What {@link buildFlavour} wrote. */
export interface FlavourResult {
  /** Files written, relative to `distDir`, sorted. */
  readonly files: string[];
  /** How many of them had a specifier rewritten. */
  readonly rewritten: number;
}

function listCompiled(entry: string): string[] {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(entry, e.name);
    if (e.isDirectory()) return listCompiled(full);
    return isCompiled(full) ? [full] : [];
  });
}

/** Imports of package `name` that TypeScript's own import scanner (a second parser, not ours) still finds in `text`. */
function leftoverImports(text: string, name: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return [...info.importedFiles, ...info.typeReferenceDirectives, ...(info.ambientExternalModules ?? []).map((fileName) => ({ fileName }))]
    .map((ref) => ref.fileName)
    .filter((spec) => namesPackage(spec, name));
}

/**
 * Copies every compiled file reachable from `entries` (through relative imports, in `.js` and
 * `.d.ts` alike) into `outDir`, rewriting specifiers of `from` to `to`; fails when a copied file
 * still names `from` afterwards, or when a relative import leaves `distDir`.
 */
export function buildFlavour(options: FlavourOptions): FlavourResult {
  const dist = path.resolve(options.distDir);
  const outRoot = path.resolve(dist, options.outDir);
  const pending = options.entries.flatMap((e) => listCompiled(path.resolve(dist, e)));
  // relative path -> flavoured text; written only once every file has been rewritten and checked
  const outputs = new Map<string, string>();
  let rewritten = 0;
  while (pending.length > 0) {
    const file = pending.pop() as string;
    const rel = path.relative(dist, file);
    if (outputs.has(rel)) continue;
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`${file} is outside ${dist}; the flavour copies only the compiled package.`);
    const text = fs.readFileSync(file, "utf8");
    for (const spec of moduleSpecifiers(file, text)) {
      if (spec.text.startsWith(".")) pending.push(resolveRelative(file, spec.text));
    }
    const out = rewriteModuleSpecifiers(file, text, options.from, options.to);
    if (out !== text) rewritten++;
    const stray = leftoverImports(out, options.from);
    if (stray.length > 0) throw new Error(`${rel}: still loads ${stray.map((s) => JSON.stringify(s)).join(", ")} after the rewrite.`);
    outputs.set(rel, out);
  }
  fs.rmSync(outRoot, { recursive: true, force: true });
  for (const [rel, text] of outputs) {
    fs.mkdirSync(path.dirname(path.join(outRoot, rel)), { recursive: true });
    fs.writeFileSync(path.join(outRoot, rel), text);
  }
  return { files: [...outputs.keys()].map((rel) => path.join(options.outDir, rel)).sort(), rewritten };
}
