import { type BuildContext, report } from "./build-context.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { ModelDef, TypeExpr } from "./types.js";

const UNKNOWN: TypeExpr = { kind: "primitive", name: "unknown" };

/**
 * TypeScript cannot declare a type that *is* itself (`type A = B & X; type B = A & Y`, or an
 * interface extending itself), though it can contain itself (`A[]`, a property of type `A`).
 * Such cycles come from `allOf`/`oneOf` chains that loop. Each one is cut at its last link,
 * which becomes `unknown`, and reported with the names of both schemas.
 */
export function breakImmediateCycles(ctx: BuildContext, models: readonly ModelDef[]): ModelDef[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const cut = new Map<string, Set<string>>();
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: ModelDef): void => {
    state.set(model.name, "visiting");
    for (const target of immediateRefs(model)) {
      const next = byName.get(target);
      if (!next || cut.get(model.name)?.has(target)) continue;
      if (state.get(target) === "visiting") {
        cut.set(model.name, new Set([...(cut.get(model.name) ?? []), target]));
        report(
          ctx,
          "circular-composition",
          model.specPointer,
          `Schema "${model.schemaName}" is composed of "${next.schemaName}", which is composed of it again, so that part is typed as unknown.`,
        );
      } else if (!state.has(target)) {
        visit(next);
      }
    }
    state.set(model.name, "done");
  };
  for (const model of [...models].sort((a, b) => compareCodeUnits(a.name, b.name))) {
    if (!state.has(model.name)) visit(model);
  }
  return cut.size === 0 ? [...models] : models.map((m) => withoutRefs(m, cut.get(m.name)));
}

/** Names a model needs resolved to declare itself: alias targets, union/intersection members, parents. */
function immediateRefs(model: ModelDef): string[] {
  if (model.kind === "object") return [...(model.extends ?? [])];
  if (model.kind === "alias") return immediateOf(model.type);
  return [];
}

function immediateOf(type: TypeExpr): string[] {
  if (type.kind === "ref") return [type.name];
  if (type.kind === "union" || type.kind === "intersection") return type.members.flatMap(immediateOf);
  return [];
}

function withoutRefs(model: ModelDef, names: ReadonlySet<string> | undefined): ModelDef {
  if (!names) return model;
  if (model.kind === "object") {
    const parents = (model.extends ?? []).filter((p) => !names.has(p));
    return { ...model, extends: parents.length > 0 ? parents : undefined };
  }
  if (model.kind === "alias") return { ...model, type: replaceImmediate(model.type, names) };
  return model;
}

function replaceImmediate(type: TypeExpr, names: ReadonlySet<string>): TypeExpr {
  if (type.kind === "ref") return names.has(type.name) ? UNKNOWN : type;
  if (type.kind === "union" || type.kind === "intersection") {
    const members = type.members.map((m) => replaceImmediate(m, names));
    // `unknown` adds nothing to an intersection.
    const kept = type.kind === "intersection" ? members.filter((m) => m !== UNKNOWN) : members;
    return kept.length === 0 ? UNKNOWN : kept.length === 1 ? kept[0]! : { ...type, members: kept };
  }
  return type;
}
