import { join } from "node:path";
import { loadSpec } from "../../generator/load/load-spec.js";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { HTTP_METHODS } from "../../generator/lib/http-methods.js";
import { TMP_ROOT, typecheck, writeTree } from "../helpers/typecheck.js";
import { type NpmSpec, fetchNpmSpec } from "./npm-spec.js";

/**
 * Large public specs, fetched from npm at pinned versions, generate a package that keeps
 * every operation and type-checks under strict. How long that takes is measured by the
 * benchmark (`npm run bench`), not here: a shared machine makes wall-clock bounds flaky.
 */
const CASES: (NpmSpec & { operations: number })[] = [
  // The benchmark spec: GitHub's REST description.
  { name: "@octokit/openapi", version: "23.0.2", file: "package/generated/api.github.com.json", operations: 1223 },
  { name: "@directus/specs", version: "15.2.0", file: "package/dist/openapi.json", operations: 136 },
  { name: "@blockfrost/openapi", version: "0.1.93", file: "package/openapi.yaml", operations: 129 },
];

/** operationIds as the spec lists them (a missing one counts as its method and path). */
function specOperations(document: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const [path, item] of Object.entries(
    document.paths as Record<string, Record<string, { operationId?: string }>>,
  )) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) ids.push(operation.operationId ?? `${method} ${path}`);
    }
  }
  return ids;
}

describe.each(CASES)("$name@$version", ({ operations, ...spec }) => {
  it(`generates all ${operations} operations and type-checks under strict`, async () => {
    const specPath = await fetchNpmSpec(spec);
    const result = await generate({ specPath, outDir: join(TMP_ROOT, "real-specs", "unused"), check: true });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // Read independently of the generator's own loading, as a check on it.
    const wanted = specOperations((await loadSpec(specPath)).document);
    expect(wanted).toHaveLength(operations);
    // An operation with several tags is in several resources, once.
    const built = [...new Set(result.api!.resources.flatMap((r) => r.operations))];
    const builtIds = new Set(built.map((op) => op.operationId));
    expect(wanted.filter((id) => !builtIds.has(id) && !id.includes(" "))).toEqual([]);
    expect(built).toHaveLength(operations);
    const root = await writeTree(`real-${spec.name.replace(/[@/]/g, "_")}`, result.files);
    expect(typecheck([join(root, "src", "index.ts")]).slice(0, 10)).toEqual([]);
  }, 300_000);
});
