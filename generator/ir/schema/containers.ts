import type { BuildContext } from "../build-context.js";
import { type JsonObject, isObject } from "../../lib/json.js";
import { pointerJoin } from "../../lib/json-pointer.js";
import type { TypeExpr } from "../types.js";
import { type SchemaSite, UNKNOWN, buildType } from "./build-type.js";
import { hoistSchema } from "./hoist.js";

/** `T[]`, or a tuple when the schema has `prefixItems`. */
export function buildArray(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  if (Array.isArray(schema.prefixItems)) return buildTuple(ctx, schema, schema.prefixItems, site);
  const items = buildType(ctx, schema.items, {
    pointer: pointerJoin(site.pointer, "items"),
    hoistName: site.hoistName === undefined ? undefined : `${site.hoistName}Item`,
    ownerFile: site.ownerFile,
  });
  return { kind: "array", items };
}

/**
 * `prefixItems: [A, B]` -> `[A, B?, ...C[]]`. JSON Schema lets an array stop before its prefix
 * ends, so elements past `minItems` are optional; after the prefix come `items` (`false`:
 * nothing more; absent or `true`: anything).
 */
function buildTuple(ctx: BuildContext, schema: JsonObject, prefix: readonly unknown[], site: SchemaSite): TypeExpr {
  const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
  const items = prefix.map((item, index) => ({
    type: buildType(ctx, item, {
      pointer: pointerJoin(site.pointer, "prefixItems", index),
      hoistName: site.hoistName === undefined ? undefined : `${site.hoistName}Item${index + 1}`,
      ownerFile: site.ownerFile,
    }),
    optional: index >= minItems,
  }));
  if (schema.items === false) return { kind: "tuple", items };
  const rest = buildType(ctx, schema.items ?? true, {
    pointer: pointerJoin(site.pointer, "items"),
    hoistName: site.hoistName === undefined ? undefined : `${site.hoistName}Rest`,
    ownerFile: site.ownerFile,
  });
  return { kind: "tuple", items, rest };
}

/** An object with properties is hoisted as a model; without, it is a map of its extra keys. */
export function buildObject(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  const hasProperties = isObject(schema.properties) && Object.keys(schema.properties).length > 0;
  // The hoisted model is the object alone; the caller adds `| null` (or the other types) around it.
  if (hasProperties) return hoistSchema(ctx, { ...schema, type: "object", nullable: undefined }, site);
  return { kind: "map", values: additionalType(ctx, schema, site) ?? UNKNOWN };
}

/**
 * The value type of the keys beside `properties`: `additionalProperties` and the values of
 * `patternProperties` (TypeScript has no pattern keys, so every key is a string and the values
 * are their union). Without `additionalProperties`, the patterns say what the keys hold;
 * undefined when extra keys are not allowed.
 */
export function additionalType(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr | undefined {
  const patterns = Object.entries(isObject(schema.patternProperties) ? schema.patternProperties : {}).map(
    ([pattern, value]) =>
      buildType(ctx, value, {
        pointer: pointerJoin(site.pointer, "patternProperties", pattern),
        hoistName: site.hoistName === undefined ? undefined : `${site.hoistName}Value`,
        ownerFile: site.ownerFile,
      }),
  );
  const extra = schema.additionalProperties;
  if (extra === true || (extra === undefined && patterns.length === 0)) return UNKNOWN;
  const declared =
    extra === undefined || extra === false
      ? []
      : [
          buildType(ctx, extra, {
            pointer: pointerJoin(site.pointer, "additionalProperties"),
            hoistName: site.hoistName === undefined ? undefined : `${site.hoistName}Value`,
            ownerFile: site.ownerFile,
          }),
        ];
  const values = [...new Map([...patterns, ...declared].map((t) => [JSON.stringify(t), t])).values()];
  return values.length === 0 ? undefined : values.length === 1 ? values[0]! : { kind: "union", members: values };
}
