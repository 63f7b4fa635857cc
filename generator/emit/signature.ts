import type { OperationDef, ParamDef } from "../ir/types.js";

/**
 * The parameters a caller passes positionally, in the official SDK's order: path
 * parameters in path order, then required query and header parameters.
 */
export function positionalParams(op: OperationDef): ParamDef[] {
  return [
    ...op.pathParams,
    ...op.queryParams.filter((p) => p.required),
    ...op.headerParams.filter((p) => p.required),
    ...op.cookieParams.filter((p) => p.required),
  ];
}

/** The parameters that live in `opts`, keyed by their wire name. */
export function optionalParams(op: OperationDef): ParamDef[] {
  return [...op.queryParams, ...op.headerParams, ...op.cookieParams].filter((p) => !p.required);
}
