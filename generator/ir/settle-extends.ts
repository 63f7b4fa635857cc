import { acceptsType } from "./type-accepts.js";
import type { ModelDef, ObjectModelDef, PropertyDef } from "./types.js";

type Models = ReadonlyMap<string, ModelDef>;

/**
 * Makes each `interface X extends A, B` valid TypeScript while meaning what `allOf` means.
 * A property a parent requires stays required when the model redeclares it without listing it
 * as required (allOf keeps every member's constraints). A property redeclared with a type the
 * parent's does not accept (not shown to be narrower) is left out of that parent,
 * `Omit<A, "p">`, so the model's own declaration stands; likewise a property two parents
 * declare differently is taken from the first.
 */
export function settleExtends(models: readonly ModelDef[]): ModelDef[] {
  const byName = new Map(models.map((model) => [model.name, model]));
  return models.map((model) => (model.kind === "object" && model.extends ? settled(model, byName) : model));
}

function settled(model: ObjectModelDef, models: Models): ObjectModelDef {
  const own = new Map(model.properties.map((property) => [property.name, property]));
  const requiredByParent = new Set<string>();
  const fromParents = new Map<string, PropertyDef>();
  const omitted: Record<string, string[]> = {};
  for (const parent of model.extends ?? []) {
    const skip = (name: string) => (omitted[parent] ??= []).push(name);
    for (const property of inheritedProperties(parent, models, new Set([model.name])).values()) {
      const mine = own.get(property.name);
      const earlier = fromParents.get(property.name);
      if (mine) {
        if (property.required) requiredByParent.add(property.name);
        if (!acceptsType(property.type, mine.type, models)) skip(property.name);
      } else if (earlier) {
        if (JSON.stringify(earlier.type) !== JSON.stringify(property.type)) skip(property.name);
      } else {
        fromParents.set(property.name, property);
      }
    }
  }
  const properties = model.properties.map((property) =>
    requiredByParent.has(property.name) && !property.required ? { ...property, required: true } : property,
  );
  return Object.keys(omitted).length === 0 ? { ...model, properties } : { ...model, properties, omitted };
}

/** Every property a model has, its parents' first (less what it omits from them), its own last. */
function inheritedProperties(name: string, models: Models, seen: Set<string>): Map<string, PropertyDef> {
  const model = models.get(name);
  const all = new Map<string, PropertyDef>();
  if (model?.kind !== "object" || seen.has(name)) return all;
  const visiting = new Set([...seen, name]);
  for (const parent of model.extends ?? []) {
    const left = new Set(model.omitted?.[parent] ?? []);
    for (const [key, property] of inheritedProperties(parent, models, visiting))
      if (!left.has(key)) all.set(key, property);
  }
  for (const property of model.properties) all.set(property.name, property);
  return all;
}
