import type { ApiDef } from "../ir/types.js";
import { diffMethods } from "./diff-methods.js";
import { diffModels } from "./diff-models.js";
import { type ApiSurface, apiSurface } from "./surface.js";
import type { SurfaceChange } from "./surface-change.js";

/** Two IRs in, every change a caller of the generated client would notice out: methods first, then models. */
export function diffApi(before: ApiDef, after: ApiDef): SurfaceChange[] {
  return diffSurfaces(apiSurface(before), apiSurface(after));
}

/** The same comparison over stored surfaces (`api-surface.json`), when only the old surface is at hand. */
export function diffSurfaces(before: ApiSurface, after: ApiSurface): SurfaceChange[] {
  return [...diffMethods(before.methods, after.methods), ...diffModels(before.models, after.models)];
}
