import { refsOf } from "../emit/type-expr-to-string.js";
import type { ApiDef, ModelDef, TypeExpr } from "../ir/types.js";

/** Which way a model travels: callers build requests from it, read responses as it, or both. */
export type ModelUsage = "request" | "response" | "both" | "none";

/**
 * Every model's usage, following references transitively. It decides whether adding a
 * required property breaks callers (only when they must now send it).
 */
export function modelUsage(api: ApiDef): Map<string, ModelUsage> {
  const models = new Map(api.models.map((model) => [model.name, model]));
  const operations = api.resources.flatMap((resource) => resource.operations);
  const sent = reach(
    operations.flatMap((op) => [
      ...(op.body ? [op.body.type] : []),
      ...[...op.pathParams, ...op.queryParams, ...op.headerParams].map((p) => p.type),
    ]),
    models,
  );
  const received = reach(
    operations.map((op) => op.result),
    models,
  );
  const usage = new Map<string, ModelUsage>();
  for (const name of models.keys()) {
    const inRequest = sent.has(name);
    const inResponse = received.has(name);
    usage.set(name, inRequest && inResponse ? "both" : inRequest ? "request" : inResponse ? "response" : "none");
  }
  return usage;
}

/** Names of every model reachable from `roots`. */
function reach(roots: readonly TypeExpr[], models: ReadonlyMap<string, ModelDef>): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap((root) => [...refsOf(root)]);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const model = models.get(name);
    if (seen.has(name) || !model) continue;
    seen.add(name);
    for (const type of typesInside(model)) pending.push(...refsOf(type));
    if (model.kind === "object") pending.push(...(model.extends ?? []));
  }
  return seen;
}

function typesInside(model: ModelDef): TypeExpr[] {
  switch (model.kind) {
    case "object":
      return [
        ...model.properties.map((p) => p.type),
        ...(model.additionalProperties ? [model.additionalProperties] : []),
      ];
    case "alias":
      return [model.type];
    case "enum":
      return [];
  }
}
