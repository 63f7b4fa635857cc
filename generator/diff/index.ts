export { diffApi, diffSurfaces } from "./diff-api.js";
export { formatSurfaceReport, formatSurfaceSummary } from "./format-report.js";
export { loadApiForDiff, type LoadedApi } from "./load-api.js";
export { type ApiSurface, apiSurface, surfaceToJson } from "./surface.js";
export type { SurfaceChange } from "./surface-change.js";
