import { basename } from "node:path";
import { type GenerateOptions, loadAndBuild, renderPackage } from "../../generator/index.js";
import type { ApiDef } from "../../generator/ir/types.js";
import type { Diagnostic } from "../../generator/diagnostics/index.js";
import type { OutputFile } from "../../generator/print/print-files.js";

export interface Rendered {
  readonly api: ApiDef;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly OutputFile[];
}

/**
 * The whole pipeline in memory, as `chatgen generate` runs it (load, bundle, validate, build,
 * render), without comparing or writing. Throws when the spec's diagnostics stop generation.
 */
export async function renderSpec(
  specPath: string,
  options: Omit<GenerateOptions, "specPath" | "outDir"> = {},
): Promise<Rendered> {
  const { api, diagnostics } = await loadAndBuild({ ...options, specPath });
  if (!api) throw new Error(`${specPath} does not generate: ${diagnostics.map((d) => d.message).join(" ")}`);
  const files = await renderPackage(api, { specPath, outDir: "unused" }, basename(specPath));
  return { api, diagnostics, files };
}
