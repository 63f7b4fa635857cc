import { compareCodeUnits } from "../../lib/compare.js";
import { toKebabCase } from "../../ir/names.js";
import type { ModelDef, TypeExpr } from "../../ir/types.js";
import { literal, typeExprToString } from "../type-expr-to-string.js";
import { anchor, code } from "./markdown.js";

/** Model name -> where it is documented, relative to docs/models/: "Room.md" or "Room.md#roomroomtype". */
export type ModelLinks = ReadonlyMap<string, string>;

/** A page of docs/models/: a model and the types hoisted out of it, which share its source file. */
export interface ModelPageGroup {
  /** The page's model, which names the page. */
  readonly main: ModelDef;
  /** Hoisted parts documented on the same page, by name. */
  readonly parts: readonly ModelDef[];
}

/** One page per model file, named after its main model; hoisted parts (`RoomRoomType`) are sections of it. */
export function modelPageGroups(models: readonly ModelDef[]): ModelPageGroup[] {
  const byFile = new Map<string, ModelDef[]>();
  for (const model of models) {
    let members = byFile.get(model.fileName);
    if (!members) byFile.set(model.fileName, (members = []));
    members.push(model);
  }
  return [...byFile]
    .map(([fileName, members]) => {
      const main = members.find((m) => toKebabCase(m.name) === fileName) ?? members[0]!;
      const parts = members.filter((m) => m !== main).sort((a, b) => compareCodeUnits(a.name, b.name));
      return { main, parts };
    })
    .sort((a, b) => compareCodeUnits(a.main.name, b.main.name));
}

export function modelLinks(groups: readonly ModelPageGroup[]): ModelLinks {
  const links = new Map<string, string>();
  for (const { main, parts } of groups) {
    links.set(main.name, `${main.name}.md`);
    for (const part of parts) links.set(part.name, `${main.name}.md#${anchor(part.name)}`);
  }
  return links;
}

/**
 * A type as Markdown for a table cell, with every model name linked to its page.
 * `modelsDir` is the path from the page being written to docs/models/ ("models/", "", "docs/models/").
 * Words instead of `|` and `[]` keep the cell safe in a GFM table.
 */
export function typeToMarkdown(type: TypeExpr, modelsDir: string, links: ModelLinks, format?: string): string {
  const formatNote = format ? ` (${code(format)})` : "";
  switch (type.kind) {
    case "primitive":
      return `${code(type.name)}${formatNote}`;
    case "ref":
      return `[${code(type.name)}](${modelsDir}${links.get(type.name) ?? `${type.name}.md`})`;
    case "binary":
      return code(type.as ?? "Blob");
    case "void":
      return "";
    case "array":
      return `Array of ${typeToMarkdown(type.items, modelsDir, links, format)}`;
    case "tuple":
      return code(typeExprToString(type));
    case "map":
      return `Map of string to ${typeToMarkdown(type.values, modelsDir, links)}`;
    case "literalUnion":
      return `${type.values.map((value) => code(literal(value))).join(" or ")}${type.open ? " or one the API adds later" : ""}`;
    case "union":
      return type.members.map((member) => typeToMarkdown(member, modelsDir, links)).join(" or ");
    case "intersection":
      return type.members.map((member) => typeToMarkdown(member, modelsDir, links)).join(" and ");
    case "discriminant":
      return code(typeExprToString(type));
  }
}
