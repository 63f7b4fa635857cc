import type { BuildContext } from "./build-context.js";
import type { ModelDef, PagingDef, ParamDef, TypeExpr } from "./types.js";

/**
 * Message history pages with `before`/`after` date cursors. An operation that takes both is
 * iterable; its items are the result's `entities`, or the declared result itself when the
 * spec declares a single message for a listing (getChatsUserMessages does).
 */
export function buildPaging(
  ctx: BuildContext,
  { methodName, queryParams, result }: { methodName: string; queryParams: readonly ParamDef[]; result: TypeExpr },
): PagingDef | undefined {
  const names = new Set(queryParams.filter((p) => !p.required).map((p) => p.name));
  if (!names.has("before") || !names.has("after") || result.kind !== "ref") return undefined;
  const stem = methodName.replace(/^get(?=[A-Z])/, "");
  return {
    item: entitiesItem(ctx.models, result.name) ?? result,
    methodName: `iterate${stem.charAt(0).toUpperCase()}${stem.slice(1)}`,
  };
}

function entitiesItem(models: readonly ModelDef[], name: string): TypeExpr | undefined {
  const model = models.find((m) => m.name === name);
  if (model?.kind !== "object") return undefined;
  const entities = model.properties.find((p) => p.name === "entities");
  return entities?.type.kind === "array" ? entities.type.items : undefined;
}
