import type { BuildContext } from "../build-context.js";
import type { JsonObject } from "../../lib/json.js";
import { pointerJoin } from "../../lib/json-pointer.js";
import type { TypeExpr } from "../types.js";
import { buildType, type SchemaSite } from "./build-type.js";
import { discriminatorTags, taggedMembers } from "./discriminator.js";

/**
 * allOf -> intersection, oneOf/anyOf -> union. A lone allOf member is the Swagger idiom
 * for a `$ref` with siblings (description, readOnly), so it is that member's type.
 */
export function buildComposition(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  const parts: TypeExpr[] = [];
  for (const keyword of ["allOf", "oneOf", "anyOf"] as const) {
    const members = schema[keyword];
    if (!Array.isArray(members)) continue;
    const tags = keyword === "allOf" ? undefined : discriminatorTags(ctx, schema, members);
    const types = members.flatMap((member, index) => {
      const type = buildType(ctx, member, {
        pointer: pointerJoin(site.pointer, keyword, index),
        hoistName:
          site.hoistName === undefined
            ? undefined
            : `${site.hoistName}${keyword === "allOf" ? "Part" : "Option"}${index + 1}`,
        ownerFile: site.ownerFile,
      });
      const values = tags?.values[index];
      return tags && values
        ? taggedMembers(ctx, {
            type,
            property: tags.property,
            values,
            site,
            pointer: pointerJoin(site.pointer, keyword, index),
          })
        : [type];
    });
    parts.push(combine(keyword === "allOf" ? "intersection" : "union", types));
  }
  const own = ownShape(ctx, schema, site);
  if (own !== undefined) parts.push(own);
  return combine("intersection", parts);
}

/** Properties written beside allOf/oneOf/anyOf belong to the type too. */
function ownShape(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr | undefined {
  if (schema.properties === undefined) return undefined;
  const { allOf: _a, oneOf: _o, anyOf: _n, ...rest } = schema;
  return buildType(ctx, rest, { ...site, hoistName: site.hoistName ?? undefined });
}

function combine(kind: "union" | "intersection", members: TypeExpr[]): TypeExpr {
  const unique = dedupe(members);
  if (unique.length === 1) return unique[0]!;
  if (unique.length === 0) return { kind: "primitive", name: "unknown" };
  return { kind, members: unique };
}

function dedupe(members: TypeExpr[]): TypeExpr[] {
  const seen = new Set<string>();
  return members.filter((member) => {
    const key = JSON.stringify(member);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
