import type { AliasModelDef, EnumModelDef, ModelDef, ObjectModelDef, PropertyDef } from "../../ir/types.js";
import { literal } from "../type-expr-to-string.js";
import { anchor, blocks, code, escapeCell, escapeText, table } from "./markdown.js";
import type { ModelIndex } from "./example-value.js";
import type { ModelUsers } from "./model-users.js";
import { type ModelLinks, type ModelPageGroup, typeToMarkdown } from "./type-link.js";

export interface ModelPageInput {
  readonly group: ModelPageGroup;
  readonly models: ModelIndex;
  /** What refers to each model, from `modelUsersIndex`. */
  readonly users: ReadonlyMap<string, ModelUsers>;
  readonly links: ModelLinks;
}

/**
 * `docs/models/<Name>.md`: description, properties (or values), and what refers to the model;
 * then the same, one heading level down, for each type hoisted out of it.
 */
export function modelPage({ group, models, users, links }: ModelPageInput): string {
  const section = (model: ModelDef) =>
    blocks(
      `# ${model.name}`,
      model.deprecated && "> **Deprecated:** the API marks this model as deprecated.",
      model.description && escapeText(model.description),
      `${kindLine(model)} Spec schema: ${code(model.schemaName)}.`,
      ...body(model, models, links),
      usedBySection(users.get(model.name)!, links),
    );
  return blocks(section(group.main).trim(), ...group.parts.map((part) => demoteHeadings(section(part).trim())));
}

/** "# X" becomes "## X", and so on, outside code blocks. */
function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split("\n")
    .map((line) => {
      if (line.startsWith("```")) fenced = !fenced;
      return !fenced && /^#+ /.test(line) ? `#${line}` : line;
    })
    .join("\n");
}

function kindLine(model: ModelDef): string {
  switch (model.kind) {
    case "object":
      return "An object (a TypeScript `interface`).";
    case "enum":
      return "A string-literal union (a TypeScript `type`).";
    case "alias":
      return "A type alias.";
  }
}

function body(model: ModelDef, models: ModelIndex, links: ModelLinks): string[] {
  switch (model.kind) {
    case "object":
      return objectBody(model, models, links);
    case "enum":
      return enumBody(model);
    case "alias":
      return aliasBody(model, links);
  }
}

function objectBody(model: ObjectModelDef, models: ModelIndex, links: ModelLinks): string[] {
  const parents = (model.extends ?? []).map((name) => `[${code(name)}](${links.get(name)})`);
  const rows = model.properties.map((p) => propertyRow(p, models, links));
  const extra = model.additionalProperties
    ? `Any other key is allowed, with values of type ${typeToMarkdown(model.additionalProperties, "", links)}.`
    : undefined;
  return [
    parents.length > 0 ? `Extends ${parents.join(", ")}; their properties apply too.` : "",
    "## Properties",
    rows.length > 0 ? table(["Name", "Type", "Required", "Read-only", "Description"], rows) : "No declared properties.",
    extra ?? "",
  ];
}

function propertyRow(p: PropertyDef, models: ModelIndex, links: ModelLinks): string[] {
  const notes = [escapeCell(p.description), enumNote(p, models), p.deprecated ? "Deprecated." : ""].filter(Boolean);
  return [
    code(p.name),
    typeToMarkdown(p.type, "", links, p.format),
    p.required ? "yes" : "no",
    p.readOnly ? "yes" : "no",
    notes.join(" "),
  ];
}

/** Lists the allowed values inline when the property's type is an enum, so readers need not follow the link. */
function enumNote(p: PropertyDef, models: ModelIndex): string {
  const type = p.type.kind === "array" ? p.type.items : p.type;
  const target = type.kind === "ref" ? models.get(type.name) : undefined;
  const values = target?.kind === "enum" ? target.values : type.kind === "literalUnion" ? type.values : undefined;
  const open = target?.kind === "enum" ? target.open : type.kind === "literalUnion" ? type.open : undefined;
  if (!values || values.length === 0) return "";
  return `Values: ${values.map((v) => code(literal(v))).join(", ")}${open ? ", or one the API adds later" : ""}.`;
}

function enumBody(model: EnumModelDef): string[] {
  if (model.values.length === 0) return ["## Values", "No values are allowed."];
  const values = model.values.map((v) => `- ${code(literal(v))}`).join("\n");
  if (!model.open) return ["## Values", values];
  return [
    "## Values",
    values,
    "Responses may also carry a value the API adds later, so code that reads one handles the rest too.",
  ];
}

function aliasBody(model: AliasModelDef, links: ModelLinks): string[] {
  return ["## Type", typeToMarkdown(model.type, "", links)];
}

function usedBySection(users: ModelUsers, links: ModelLinks): string {
  const lines = [
    ...users.models.map((m) => `- [${code(m)}](${links.get(m)})`),
    ...users.operations.map(
      (op) => `- [${code(`${op.className}.${op.methodName}`)}](../${op.className}.md#${anchor(op.methodName)})`,
    ),
  ];
  return lines.length > 0 ? `## Used by\n\n${lines.join("\n")}` : "";
}
