import { isIdentifier } from "../ir/names.js";
import type { TypeExpr } from "../ir/types.js";
import { refsOf } from "../ir/type-refs.js";

export { refsOf };

/** Prints a TypeExpr as TypeScript type text. */
export function typeExprToString(type: TypeExpr): string {
  switch (type.kind) {
    case "primitive":
      return type.name;
    case "ref":
      return type.name;
    case "binary":
      return type.as ?? "Blob";
    case "void":
      return "void";
    case "array":
      return `${wrap(type.items)}[]`;
    case "tuple": {
      const items = type.items.map(
        (item) => `${item.optional ? wrap(item.type) : typeExprToString(item.type)}${item.optional ? "?" : ""}`,
      );
      return `[${[...items, ...(type.rest ? [`...${wrap(type.rest)}[]`] : [])].join(", ")}]`;
    }
    case "map":
      // An index signature, unlike Record<>, may refer back to the alias that contains it.
      return refsOf(type.values).size > 0
        ? `{ [key: string]: ${typeExprToString(type.values)} }`
        : `Record<string, ${typeExprToString(type.values)}>`;
    case "literalUnion":
      return literalsText(type.values, type.open);
    case "union":
      // Intersections inside a union get parentheses, as prettier writes them.
      return type.members
        .map((m) => (m.kind === "intersection" ? `(${typeExprToString(m)})` : typeExprToString(m)))
        .join(" | ");
    case "intersection":
      return type.members.map(wrap).join(" & ");
    case "discriminant":
      return `{ ${isIdentifier(type.property) ? type.property : stringLiteral(type.property)}: ${type.values.map(literal).join(" | ")} }`;
  }
}

/**
 * `"a" | "b"`; an open enum adds `(string & {})` (or `(number & {})`): any other value of its
 * kind, while editors still offer the known ones.
 */
export function literalsText(values: readonly (string | number | boolean)[], open?: boolean): string {
  const known = values.map(literal);
  if (!open) return known.join(" | ");
  const kinds = [...new Set(values.map((value) => typeof value))].filter((kind) => kind !== "boolean");
  return [...known, ...kinds.map((kind) => `(${kind} & {})`)].join(" | ");
}

/** Parenthesises unions and intersections where a tighter operator follows. */
function wrap(type: TypeExpr): string {
  const text = typeExprToString(type);
  const compound =
    type.kind === "union" || type.kind === "intersection" || (type.kind === "literalUnion" && type.values.length > 1);
  return compound ? `(${text})` : text;
}

/** A literal type; strings go through JSON.stringify plus the two line separators JSON allows. */
export function literal(value: string | number | boolean): string {
  return typeof value === "string" ? stringLiteral(value) : String(value);
}

/**
 * A double-quoted string literal that means exactly `value`. Backslashes are written as
 * `\x5c`: ts-morph's writer takes the quote in `"a\\"` for an escaped one and loses track of
 * where the string ends (and of comments after it).
 */
export function stringLiteral(value: string): string {
  const double = JSON.stringify(value)
    .replace(/\\\\/g, "\\x5c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  // Prettier quotes with ' when that takes fewer escapes; the output must be what it writes.
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  if (doubles <= singles) return double;
  return `'${double.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}
