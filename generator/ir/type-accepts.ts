import type { ModelDef, TypeExpr } from "./types.js";

type Models = ReadonlyMap<string, ModelDef>;

/**
 * True when every value of `own` is a value of `parent`, as far as it can be told without a
 * type checker: the same type, a narrower enum, a literal of the parent's primitive, `never`,
 * a parent of `unknown`, and unions, arrays and maps of those. False means "not shown", so a
 * caller can take the safe path.
 */
export function acceptsType(parent: TypeExpr, own: TypeExpr, models: Models, depth = 0): boolean {
  if (depth > 16) return false;
  const p = resolved(parent, models);
  const o = resolved(own, models);
  if (JSON.stringify(p) === JSON.stringify(o)) return true;
  if (p.kind === "primitive" && p.name === "unknown") return true;
  if (o.kind === "primitive" && o.name === "never") return true;
  if (o.kind === "union") return o.members.every((member) => acceptsType(p, member, models, depth + 1));
  if (p.kind === "union") return p.members.some((member) => acceptsType(member, o, models, depth + 1));
  if (o.kind === "literalUnion") {
    return o.values.every((value) => acceptsLiteral(p, value)) && (!o.open || acceptsOpen(p, o.values));
  }
  if (p.kind === "array" && o.kind === "array") return acceptsType(p.items, o.items, models, depth + 1);
  if (p.kind === "map" && o.kind === "map") return acceptsType(p.values, o.values, models, depth + 1);
  return false;
}

function acceptsLiteral(parent: TypeExpr, value: string | number | boolean): boolean {
  if (parent.kind === "literalUnion") {
    return (
      parent.values.includes(value) ||
      (parent.open === true && parent.values.some((known) => typeof known === typeof value))
    );
  }
  return parent.kind === "primitive" && parent.name === typeof value;
}

/** An open enum's other values: only an open enum or the primitive itself takes them all. */
function acceptsOpen(parent: TypeExpr, values: readonly (string | number | boolean)[]): boolean {
  return values.every(
    (value) =>
      typeof value === "boolean" ||
      (parent.kind === "literalUnion"
        ? parent.open === true
        : parent.kind === "primitive" && parent.name === typeof value),
  );
}

/** An enum as its literals, an alias as what it stands for (a few levels deep); anything else as is. */
function resolved(type: TypeExpr, models: Models): TypeExpr {
  let current = type;
  for (let step = 0; step < 8 && current.kind === "ref"; step++) {
    const model = models.get(current.name);
    if (model?.kind === "enum")
      return { kind: "literalUnion", values: model.values, ...(model.open ? { open: true as const } : {}) };
    if (model?.kind !== "alias") return current;
    current = model.type;
  }
  return current;
}
