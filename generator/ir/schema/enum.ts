import { type BuildContext, report } from "../build-context.js";
import type { JsonObject } from "../../lib/json.js";
import type { TypeExpr } from "../types.js";

type Literal = string | number | boolean;

/** The enum's values, in spec order, without duplicates. `null` is kept for the caller to see. */
export function enumValues(schema: JsonObject): unknown[] {
  const values = Array.isArray(schema.enum) ? schema.enum : [];
  return [...new Set(values)];
}

/**
 * A union of literals; `null` among the values becomes a `null` member. An object or array
 * value has no literal type, so the whole enum is `unknown`, with a warning saying so.
 */
export function literalUnion(ctx: BuildContext, values: readonly unknown[], pointer: string): TypeExpr {
  const literals: Literal[] = [];
  let nullable = false;
  for (const value of values) {
    if (value === null) nullable = true;
    else if (typeof value === "string" || typeof value === "boolean") literals.push(value);
    else if (typeof value === "number" && Number.isFinite(value)) literals.push(value);
    else {
      report(
        ctx,
        "unsupported-enum-value",
        pointer,
        `Enum or const value ${JSON.stringify(value)} is not a string, number or boolean, so the schema is typed as unknown.`,
      );
      return { kind: "primitive", name: "unknown" };
    }
  }
  if (literals.length === 0) {
    return nullable ? { kind: "primitive", name: "null" } : { kind: "primitive", name: "unknown" };
  }
  const union: TypeExpr = { kind: "literalUnion", values: literals };
  return nullable ? { kind: "union", members: [union, { kind: "primitive", name: "null" }] } : union;
}
