import { type BuildContext, report } from "../build-context.js";
import type { JsonObject } from "../../lib/json.js";
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
    report(
      ctx,
      "unnamed-inline-schema",
      site.pointer,
      `An inline schema has no name to be hoisted under, so it is named "${wanted}".`,
    );
  }
  const name = ctx.typeNames.claim(shortened(wanted));
  const model = buildModel(ctx, {
    name,
    schemaName: site.pointer,
    fileName: site.ownerFile ?? toKebabCase(name),
    schema,
    pointer: site.pointer,
  });
  ctx.models.set(model.name, model);
  return { kind: "ref", name };
}

/** Hoisted names grow with nesting (`RootChildChild...`); past this they are cut and hashed. */
const MAX_HOISTED_NAME = 80;

/** Keeps names (and the file names made from them) readable and within file-system limits. */
function shortened(name: string): string {
  if (name.length <= MAX_HOISTED_NAME) return name;
  // FNV-1a of the whole name, so two long names that share a prefix still differ.
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return `${name.slice(0, MAX_HOISTED_NAME - 9)}_${hash.toString(36).padStart(7, "0").slice(0, 8)}`;
}
