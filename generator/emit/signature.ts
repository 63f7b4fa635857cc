import type { OperationDef, ParamDef } from "../ir/types.js";

/** The parameters a caller passes positionally, before the body, in the order the IR decided. */
export function positionalParams(op: OperationDef): readonly ParamDef[] {
  return op.positionalParams;
}

/** The parameters that live in `opts`, keyed by their wire name. */
export function optionalParams(op: OperationDef): ParamDef[] {
  return [...op.queryParams, ...op.headerParams, ...op.cookieParams].filter((p) => !p.required);
}
