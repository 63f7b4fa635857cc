import { reachableModels } from "./type-refs.js";
import type { ModelDef, OperationDef, TypeExpr } from "./types.js";

type Literal = string | number | boolean;

/**
 * Forward-compatible enums. A server may add an enum value after the client was generated,
 * so an enum a response can carry (a result or an error body, through any model) is open:
 * its known values and `(string & {})` (or `(number & {})`), which keeps them in editor
 * completion while a caller's `switch` must handle the rest. An enum only requests use stays
 * closed. So do enums of one value and booleans: they are tags and constants that callers
 * narrow on, and a server cannot add a third boolean.
 */
export function openResponseEnums(models: readonly ModelDef[], operations: readonly OperationDef[]): ModelDef[] {
  const roots = operations.flatMap((op) => [
    op.result,
    ...op.responses.flatMap((response) => (response.type ? [response.type] : [])),
  ]);
  const received = reachableModels(roots, new Map(models.map((model) => [model.name, model])));
  return models.map((model) => (received.has(model.name) ? opened(model) : model));
}

function opened(model: ModelDef): ModelDef {
  if (model.kind === "enum") return canOpen(model.values) ? { ...model, open: true } : model;
  // A nullable enum is an alias of its values and null.
  if (model.kind === "alias") return { ...model, type: openedLiterals(model.type) };
  return model;
}

function openedLiterals(type: TypeExpr): TypeExpr {
  if (type.kind === "literalUnion") return canOpen(type.values) ? { ...type, open: true } : type;
  if (type.kind === "union")
    return {
      ...type,
      members: type.members.map((member) => (member.kind === "literalUnion" ? openedLiterals(member) : member)),
    };
  return type;
}

function canOpen(values: readonly Literal[]): boolean {
  return values.length > 1 && values.some((value) => typeof value !== "boolean");
}
