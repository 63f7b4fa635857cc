import { compareCodeUnits } from "../../ir/names.js";
import type { ModelDef, OperationDef, ResourceDef } from "../../ir/types.js";
import { refsOf } from "../type-expr-to-string.js";
import type { ModelIndex } from "./example-value.js";

export interface ModelUsers {
  /** Models with a property, parent or item of this type, sorted. */
  readonly models: readonly string[];
  /** Operations that take or return it, in resource order. */
  readonly operations: readonly { readonly className: string; readonly methodName: string }[];
}

/** Who refers to a model directly: the back links of its page. */
export function modelUsers(name: string, models: ModelIndex, resources: readonly ResourceDef[]): ModelUsers {
  const users = [...models.values()].filter((m) => m.name !== name && modelRefs(m).has(name)).map((m) => m.name);
  const operations = resources.flatMap((resource) =>
    resource.operations
      .filter((op) => operationRefs(op).has(name))
      .map((op) => ({ className: resource.className, methodName: op.methodName })),
  );
  return { models: users.sort(compareCodeUnits), operations };
}

function modelRefs(model: ModelDef): Set<string> {
  const refs = new Set<string>(model.kind === "object" ? model.extends ?? [] : []);
  if (model.kind === "object") {
    for (const p of model.properties) refsOf(p.type, refs);
    if (model.additionalProperties) refsOf(model.additionalProperties, refs);
  }
  if (model.kind === "alias") refsOf(model.type, refs);
  return refs;
}

/** What a caller passes or gets back; error bodies are left out, as nearly every operation shares them. */
function operationRefs(op: OperationDef): Set<string> {
  const refs = new Set<string>();
  refsOf(op.result, refs);
  if (op.body) refsOf(op.body.type, refs);
  for (const p of [...op.pathParams, ...op.queryParams, ...op.headerParams]) refsOf(p.type, refs);
  return refs;
}
