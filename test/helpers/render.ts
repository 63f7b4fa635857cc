import { basename } from "node:path";
import { renderPackage } from "../../generator/index.js";
import { buildApi } from "../../generator/ir/build-api.js";
import type { ApiDef } from "../../generator/ir/types.js";
import type { Diagnostic } from "../../generator/diagnostics/index.js";
import { loadSpec } from "../../generator/load/load-spec.js";
import { toOpenApi3 } from "../../generator/load/to-openapi3.js";
import type { OutputFile } from "../../generator/print/print-files.js";

export interface Rendered {
  readonly api: ApiDef;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly OutputFile[];
}

/** The whole pipeline in memory, as `chatgen generate` runs it, without writing. */
export async function renderSpec(specPath: string): Promise<Rendered> {
  const spec = await loadSpec(specPath);
  const { api, diagnostics } = buildApi(toOpenApi3(spec.document));
  const files = await renderPackage(api, { specPath, outDir: "unused" }, basename(specPath));
  return { api, diagnostics, files };
}
