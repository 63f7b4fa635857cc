import type { PagingSite } from "../ir/profile.js";
import type { ModelDef, PagingDef, TypeExpr } from "../ir/types.js";

/**
 * The Genesys paging convention for message histories: `before`/`after` query cursors, the
 * page's items under `entities`. An operation that takes both cursors is iterable; its items are
 * the result's `entities`, or the declared result itself when the spec declares a single message
 * for a listing (getChatsUserMessages does).
 */
export const HISTORY_PAGING = { before: "before", after: "after", items: "entities" } as const;

export function historyPaging({ methodName, queryParams, result, models }: PagingSite): PagingDef | undefined {
  const optional = queryParams.filter((p) => !p.required);
  const cursor = (name: string) => optional.find((p) => p.name === name);
  const before = cursor(HISTORY_PAGING.before);
  const after = cursor(HISTORY_PAGING.after);
  // The runtime compares and sends cursors as timestamps in text; other cursor types get no iterator.
  if (!before || !after || !isText(before.type) || !isText(after.type) || result.kind !== "ref") return undefined;
  const stem = methodName.replace(/^get(?=[A-Z])/, "");
  return {
    item: entitiesItem(models, result.name) ?? result,
    methodName: `iterate${stem.charAt(0).toUpperCase()}${stem.slice(1)}`,
  };
}

function isText(type: TypeExpr): boolean {
  return type.kind === "primitive" && type.name === "string";
}

function entitiesItem(models: ReadonlyMap<string, ModelDef>, name: string): TypeExpr | undefined {
  const model = models.get(name);
  if (model?.kind !== "object") return undefined;
  const entities = model.properties.find((p) => p.name === HISTORY_PAGING.items);
  return entities?.type.kind === "array" ? entities.type.items : undefined;
}
