import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import { renderSpec } from "../helpers/render.js";
import { specWith } from "./spec-factory.js";

/**
 * What TypeScript (or the runtime) cannot express is never dropped silently: each construct
 * gets a diagnostic that names its place in the spec. This table is the list of them.
 */
const SPEC = join("test", "fixtures", "specs", "unsupported-keywords.yaml");
const SHAPE = "#/components/schemas/Shape/properties";

const EXPECTED: [construct: string, code: string, pointer: string][] = [
  ["`not`", "unsupported-keyword", `${SHAPE}/notRed/not`],
  ["`dependentSchemas`", "unsupported-keyword", `${SHAPE}/dependent/dependentSchemas`],
  ["an object or array `const`/`enum` value", "unsupported-enum-value", `${SHAPE}/fixed`],
  [
    "an object query parameter in form style, sent as JSON",
    "unsupported-parameter-style",
    "#/paths/~1shapes/get/parameters/0",
  ],
];

describe("constructs the generator cannot express", () => {
  it.each(EXPECTED)("%s is reported as %s at its pointer", async (_construct, code, pointer) => {
    const { diagnostics } = await renderSpec(SPEC);
    expect(diagnostics.filter((d) => d.code === code).map((d) => d.specPointer)).toContain(pointer);
  });
});

it("leaves a TRACE operation out with a warning (the runtime sends none), keeping its path's other operations", () => {
  const spec = specWith({ Root: { type: "string" } });
  const paths = spec.paths as Record<string, Record<string, unknown>>;
  paths["/root"]!.trace = { operationId: "traceRoot", responses: { "200": { description: "Echo." } } };
  const { api, diagnostics } = buildApi(spec);
  expect(diagnostics.map((d) => [d.severity, d.code, d.specPointer])).toEqual([
    ["warning", "unsupported-method", "#/paths/~1root/trace"],
  ]);
  expect(api.resources.flatMap((r) => r.operations.map((op) => op.methodName))).toEqual(["getRoot"]);
});
