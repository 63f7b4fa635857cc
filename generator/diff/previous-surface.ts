import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { diffSurfaces } from "./diff-api.js";
import type { ApiSurface } from "./surface.js";
import type { SurfaceChange } from "./surface-change.js";

/** Where `generate` keeps the surface of what it wrote, relative to the output folder. */
export const SURFACE_FILE = "api-surface.json";

/**
 * The changes from the surface stored in `outDir` to `current`. Undefined when there is no
 * readable stored surface (a first generation, or output from before surfaces were stored).
 */
export async function surfaceChangesSince(outDir: string, current: ApiSurface): Promise<SurfaceChange[] | undefined> {
  const previous = await readSurface(join(outDir, SURFACE_FILE));
  return previous ? diffSurfaces(previous, current) : undefined;
}

async function readSurface(path: string): Promise<ApiSurface | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<ApiSurface>;
    return isSurface(parsed) ? parsed : undefined;
  } catch {
    // Missing or hand-damaged: there is simply nothing to compare against.
    return undefined;
  }
}

function isSurface(value: Partial<ApiSurface>): value is ApiSurface {
  return (
    typeof value.methods === "object" &&
    value.methods !== null &&
    typeof value.models === "object" &&
    value.models !== null
  );
}
