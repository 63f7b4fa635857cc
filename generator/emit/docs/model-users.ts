import { compareCodeUnits } from "../../lib/compare.js";
import type { ModelDef, OperationDef, ResourceDef } from "../../ir/types.js";
import { refsOf } from "../type-expr-to-string.js";
import type { ModelIndex } from "./example-value.js";

export interface ModelUsers {
  /** Models with a property, parent or item of this type, sorted. */
  readonly models: readonly string[];
  /** Operations that take or return it, in resource order. */
  readonly operations: readonly { readonly className: string; readonly methodName: string }[];
}

/** Who refers to each model directly: the back links of the model pages, built in one pass. */
export function modelUsersIndex(
  models: ModelIndex,
  resources: readonly ResourceDef[],
): ReadonlyMap<string, ModelUsers> {
  const byModel = new Map<string, string[]>();
  for (const model of models.values()) {
    for (const ref of modelRefs(model)) if (ref !== model.name) listAt(byModel, ref).push(model.name);
  }
  const byOperation = new Map<string, { className: string; methodName: string }[]>();
  for (const resource of resources) {
    for (const op of resource.operations) {
      for (const ref of operationRefs(op)) {
        listAt(byOperation, ref).push({ className: resource.className, methodName: op.methodName });
      }
    }
  }
  return new Map(
    [...models.keys()].map((name) => [
      name,
      {
        models: (byModel.get(name) ?? []).sort(compareCodeUnits),
        operations: byOperation.get(name) ?? [],
      },
    ]),
  );
}

function listAt<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

function modelRefs(model: ModelDef): Set<string> {
  const refs = new Set<string>(model.kind === "object" ? (model.extends ?? []) : []);
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
