import { type BuildContext, report } from "./build-context.js";
import { isObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { compareCodeUnits } from "../lib/compare.js";
import { toKebabCase, toPascalCase } from "./names.js";
import { buildModel } from "./schema/build-model.js";
import { buildType } from "./schema/build-type.js";

/**
 * Names every component schema first (sorted, so collision suffixes are stable),
 * then builds each as a model. Renames are reported as warnings naming both sides.
 */
export function buildComponentModels(ctx: BuildContext): void {
  const components = isObject(ctx.document.components) ? ctx.document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  const schemaNames = Object.keys(schemas).sort(compareCodeUnits);
  const claimed = new Map<string, string>();
  for (const schemaName of schemaNames) {
    const pointer = pointerJoin("#/components/schemas", schemaName);
    const name = ctx.typeNames.claim(toPascalCase(schemaName));
    ctx.schemaNames.set(pointer, name);
    reportRename(ctx, { schemaName, name, pointer, claimed });
    claimed.set(name.toLowerCase(), schemaName);
  }
  for (const schemaName of schemaNames) {
    const pointer = pointerJoin("#/components/schemas", schemaName);
    const schema = schemas[schemaName];
    const name = ctx.schemaNames.get(pointer)!;
    const fileName = toKebabCase(name);
    // A boolean schema (3.1) is `unknown` (true) or `never` (false): an alias either way.
    const model =
      typeof schema === "boolean"
        ? {
            kind: "alias" as const,
            name,
            schemaName,
            fileName,
            specPointer: pointer,
            type: buildType(ctx, schema, { pointer }),
          }
        : buildModel(ctx, { name, schemaName, fileName, schema: isObject(schema) ? schema : {}, pointer });
    ctx.models.set(model.name, model);
  }
}

function reportRename(
  ctx: BuildContext,
  {
    schemaName,
    name,
    pointer,
    claimed,
  }: { schemaName: string; name: string; pointer: string; claimed: Map<string, string> },
): void {
  if (name === schemaName) return;
  const wanted = toPascalCase(schemaName);
  const clash = claimed.get(wanted.toLowerCase());
  const why =
    clash !== undefined
      ? `its name clashes with schema "${clash}"`
      : name !== wanted
        ? `"${wanted}" is a name the generated package already uses`
        : `"${schemaName}" is not a TypeScript type name`;
  report(ctx, "renamed-identifier", pointer, `Schema "${schemaName}" is generated as "${name}" because ${why}.`);
}
