import type { ModelDef, TypeExpr } from "./types.js";

/** The names of the models a type refers to (for imports, and to follow types through models). */
export function refsOf(type: TypeExpr, into: Set<string> = new Set()): Set<string> {
  switch (type.kind) {
    case "ref":
      into.add(type.name);
      break;
    case "array":
      refsOf(type.items, into);
      break;
    case "tuple":
      for (const item of type.items) refsOf(item.type, into);
      if (type.rest) refsOf(type.rest, into);
      break;
    case "map":
      refsOf(type.values, into);
      break;
    case "union":
    case "intersection":
      for (const member of type.members) refsOf(member, into);
      break;
  }
  return into;
}

/** Names of every model reachable from `roots`, through properties, parents and aliases. */
export function reachableModels(roots: readonly TypeExpr[], models: ReadonlyMap<string, ModelDef>): Set<string> {
  const seen = new Set<string>();
  const pending = roots.flatMap((root) => [...refsOf(root)]);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const model = models.get(name);
    if (seen.has(name) || !model) continue;
    seen.add(name);
    if (model.kind === "alias") pending.push(...refsOf(model.type));
    if (model.kind !== "object") continue;
    for (const property of model.properties) pending.push(...refsOf(property.type));
    if (model.additionalProperties) pending.push(...refsOf(model.additionalProperties));
    pending.push(...(model.extends ?? []));
  }
  return seen;
}
