import type {
  ExportDeclarationStructure,
  ExportSpecifierStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  OptionalKind,
  WriterFunction,
} from "ts-morph";
import { listOf, textOf } from "./text-of.js";

type Specifier = string | WriterFunction | OptionalKind<ImportSpecifierStructure | ExportSpecifierStructure>;

/** `import type { A, B } from "./a.js";`, `import * as ns from "./b.js";` */
export function importText(s: OptionalKind<ImportDeclarationStructure>): string {
  const clauses: string[] = [];
  if (s.defaultImport) clauses.push(s.defaultImport);
  if (s.namespaceImport) clauses.push(`* as ${s.namespaceImport}`);
  const named = listOf(s.namedImports);
  if (named.length > 0) clauses.push(`{ ${named.map(specifierText).join(", ")} }`);
  const from = clauses.length > 0 ? `${clauses.join(", ")} from ` : "";
  return `import ${s.isTypeOnly ? "type " : ""}${from}${quoted(s.moduleSpecifier)};`;
}

/** `export * from "./a.js";`, `export type { A } from "./a.js";`, `export type * as M from "./m.js";` */
export function exportText(s: OptionalKind<ExportDeclarationStructure>): string {
  const named = listOf(s.namedExports);
  let what = "*";
  if (s.namespaceExport) what = `* as ${s.namespaceExport}`;
  else if (named.length > 0) what = `{ ${named.map(specifierText).join(", ")} }`;
  else if (!s.moduleSpecifier) what = "{ }";
  const head = `export ${s.isTypeOnly ? "type " : ""}${what}`;
  return s.moduleSpecifier ? `${head} from ${quoted(s.moduleSpecifier)};` : `${head};`;
}

function specifierText(item: Specifier): string {
  if (typeof item === "string") return item;
  if (typeof item === "function") return textOf(item, "an import or export specifier");
  const alias = item.alias ? ` as ${item.alias}` : "";
  return `${item.isTypeOnly ? "type " : ""}${item.name}${alias}`;
}

/** A module specifier in double quotes, escaped as ts-morph escapes it. */
function quoted(text: string): string {
  const escaped = text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r/g, "\\r").replace(/\n/g, "\\n");
  return `"${escaped}"`;
}
