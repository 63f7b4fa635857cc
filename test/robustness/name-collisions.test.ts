import { join } from "node:path";
import { loadSpec } from "../../generator/load/load-spec.js";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/index.js";
import { TMP_ROOT } from "../helpers/typecheck.js";

/** The collision policy (generator/ir/names.ts) on a spec made of awkward names. */
const SPEC = join("test", "fixtures", "specs", "hostile-names.yaml");
const run = (strict: boolean) =>
  generate({ specPath: SPEC, outDir: join(TMP_ROOT, "names-unused"), check: true, strict });

describe("name collisions", () => {
  it("keeps every operation and schema, renaming with a warning that names both sides", async () => {
    const result = await run(false);
    const api = result.api!;
    const document = (await loadSpec(SPEC)).document as {
      paths: Record<string, object>;
      components: { schemas: object };
    };
    const operationIds = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(api.resources.flatMap((r) => r.operations.map((op) => op.operationId)).sort()).toEqual(operationIds.sort());
    expect(
      api.models
        .map((m) => m.schemaName)
        .filter((name) => !name.startsWith("#"))
        .sort(),
    ).toEqual(Object.keys(document.components.schemas).sort());
    const renames = result.diagnostics.filter((d) => d.code === "renamed-identifier").map((d) => d.message);
    expect(renames).toContain('Schema "item" is generated as "Item3" because its name clashes with schema "Item".');
    expect(renames).toContain(
      'Operation "getItem" is generated as "getItem2" because "getItem" is already the name of GET /e.',
    );
    expect(renames).toContain(
      'Schema "Date" is generated as "Date2" because "Date" is a name the generated package already uses.',
    );
    expect(renames).toContain(
      'Operation "delete" is generated as "deleteOperation" because "delete" is a reserved word.',
    );
  });

  it("fails under --strict, since every rename is a warning", async () => {
    const result = await run(true);
    expect(result.api).toBeUndefined();
    expect(result.diagnostics.some((d) => d.code === "renamed-identifier" && d.severity === "warning")).toBe(true);
  });
});
