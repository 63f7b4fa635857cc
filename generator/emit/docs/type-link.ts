import type { TypeExpr } from "../../ir/types.js";
import { literal } from "../type-expr-to-string.js";
import { code } from "./markdown.js";

/** The page of a model, relative to the docs folder. */
export function modelPagePath(modelName: string): string {
  return `models/${modelName}.md`;
}

/**
 * A type as Markdown for a table cell, with every model name linked to its page.
 * `modelsDir` is the path from the page being written to docs/models/ ("models/", "", "docs/models/").
 * Words instead of `|` and `[]` keep the cell safe in a GFM table.
 */
export function typeToMarkdown(type: TypeExpr, modelsDir: string, format?: string): string {
  const formatNote = format ? ` (${code(format)})` : "";
  switch (type.kind) {
    case "primitive":
      return `${code(type.name)}${formatNote}`;
    case "ref":
      return `[${code(type.name)}](${modelsDir}${type.name}.md)`;
    case "binary":
      return code(type.as ?? "Blob");
    case "void":
      return "";
    case "array":
      return `Array of ${typeToMarkdown(type.items, modelsDir, format)}`;
    case "map":
      return `Map of string to ${typeToMarkdown(type.values, modelsDir)}`;
    case "literalUnion":
      return type.values.map((value) => code(literal(value))).join(" or ");
    case "union":
      return type.members.map((member) => typeToMarkdown(member, modelsDir)).join(" or ");
    case "intersection":
      return type.members.map((member) => typeToMarkdown(member, modelsDir)).join(" and ");
  }
}
