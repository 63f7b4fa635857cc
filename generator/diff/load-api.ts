import { buildProfileFor } from "../genesys/profile.js";
import { buildApi } from "../ir/build-api.js";
import type { ApiDef } from "../ir/types.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { loadSpec } from "../load/load-spec.js";
import { convertUpstream } from "../convert/convert-upstream.js";
import { upstreamSource } from "../convert/upstream-source.js";
import { formatDiagnostic, hasFailures, type SpecSource } from "../diagnostics/index.js";
import { validateSpec } from "../validate/index.js";

export interface LoadedApi {
  /** Absent when the file has errors. */
  readonly api?: ApiDef;
  /** Every diagnostic, formatted as `file:line:col: severity code at pointer: message`. */
  readonly lines: readonly string[];
}

/**
 * Reads a spec for comparison: an OpenAPI 3 spec as `generate` reads it, or an upstream
 * Swagger 2.0 file converted in memory exactly as `update-spec` would (nothing is written).
 * Throws SpecLoadError when the file cannot be read or parsed.
 */
export async function loadApiForDiff(path: string, tags: readonly string[] = ["Chat"]): Promise<LoadedApi> {
  const spec = await loadSpec(path);
  if (spec.document.swagger === "2.0") {
    const converted = convertUpstream(spec.document, tags);
    const diagnostics =
      converted.diagnostics.length > 0 ? converted.diagnostics : validateSpec({ document: converted.document });
    return build(converted.document, diagnostics, upstreamSource(spec));
  }
  return build(spec.document, validateSpec(spec), spec);
}

function build(document: Record<string, unknown>, validation: Diagnostic[], source: SpecSource): LoadedApi {
  const format = (all: readonly Diagnostic[]) => all.map((d) => formatDiagnostic(d, source));
  if (hasFailures(validation)) return { lines: format(validation) };
  const { api, diagnostics } = buildApi(document, { profile: buildProfileFor(document) });
  const all = [...validation, ...diagnostics];
  return hasFailures(all) ? { lines: format(all) } : { api, lines: format(all) };
}
