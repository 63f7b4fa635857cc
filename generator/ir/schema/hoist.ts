import { type BuildContext, type JsonObject, report } from "../build-context.js";
import { toKebabCase } from "../names.js";
import type { TypeExpr } from "../types.js";
import type { SchemaSite } from "./build-type.js";
import { buildModel } from "./build-model.js";

/**
 * Gives an inline object or enum a name of its own (`<Owner><Property>`) and returns a
 * reference to it, so generated code can name every type it uses.
 */
export function hoistSchema(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  const wanted = site.hoistName ?? "InlineType";
  if (site.hoistName === undefined) {
    report(ctx, "warning", "unnamed-inline-schema", site.pointer,
      `An inline schema has no name to be hoisted under, so it is named "${wanted}".`);
  }
  const name = ctx.typeNames.claim(wanted);
  const model = buildModel(ctx, {
    name,
    schemaName: site.pointer,
    fileName: site.ownerFile ?? toKebabCase(name),
    schema,
    pointer: site.pointer,
  });
  ctx.models.push(model);
  return { kind: "ref", name };
}


