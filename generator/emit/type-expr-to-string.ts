import type { TypeExpr } from "../ir/types.js";

/** Prints a TypeExpr as TypeScript type text. */
export function typeExprToString(type: TypeExpr): string {
  switch (type.kind) {
    case "primitive":
      return type.name;
    case "ref":
      return type.name;
    case "binary":
      return "Blob";
    case "void":
      return "void";
    case "array":
      return `${wrap(type.items)}[]`;
    case "map":
      return `Record<string, ${typeExprToString(type.values)}>`;
    case "literalUnion":
      return type.values.map(literal).join(" | ");
    case "union":
      return type.members.map(typeExprToString).join(" | ");
    case "intersection":
      return type.members.map(wrap).join(" & ");
  }
}

/** Parenthesises unions and intersections where a tighter operator follows. */
function wrap(type: TypeExpr): string {
  const text = typeExprToString(type);
  const compound = type.kind === "union" || type.kind === "intersection" ||
    (type.kind === "literalUnion" && type.values.length > 1);
  return compound ? `(${text})` : text;
}

/** A literal type; strings go through JSON.stringify plus the two line separators JSON allows. */
export function literal(value: string | number | boolean): string {
  return typeof value === "string" ? stringLiteral(value) : String(value);
}

export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** The names of the models a type refers to, for imports. */
export function refsOf(type: TypeExpr, into: Set<string> = new Set()): Set<string> {
  switch (type.kind) {
    case "ref":
      into.add(type.name);
      break;
    case "array":
      refsOf(type.items, into);
      break;
    case "map":
      refsOf(type.values, into);
      break;
    case "union":
    case "intersection":
      for (const member of type.members) refsOf(member, into);
      break;
  }
  return into;
}
