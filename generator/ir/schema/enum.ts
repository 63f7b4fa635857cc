import { type BuildContext, type JsonObject, report } from "../build-context.js";
import type { TypeExpr } from "../types.js";

type Literal = string | number | boolean;

/** The enum's values, in spec order, without duplicates. `null` is kept for the caller to see. */
export function enumValues(schema: JsonObject): unknown[] {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  return [...new Set(values)];
}

/** A union of literals; `null` among the values becomes a `null` member. */
export function literalUnion(ctx: BuildContext, values: readonly unknown[], pointer: string): TypeExpr {
  const literals: Literal[] = [];
  let nullable = false;
  for (const value of values) {
    if (value === null) nullable = true;
    else if (typeof value === "string" || typeof value === "boolean") literals.push(value);
    else if (typeof value === "number" && Number.isFinite(value)) literals.push(value);
    else report(ctx, "error", "unsupported-enum-value", pointer,
      `Enum value ${JSON.stringify(value)} is not a string, number or boolean.`);
  }
  if (literals.length === 0) {
    return nullable ? { kind: "primitive", name: "null" } : { kind: "primitive", name: "unknown" };
  }
  const union: TypeExpr = { kind: "literalUnion", values: literals };
  return nullable ? { kind: "union", members: [union, { kind: "primitive", name: "null" }] } : union;
}
