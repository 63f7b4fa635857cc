import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import { acceptsType } from "../../generator/ir/type-accepts.js";
import type { JsonObject } from "../../generator/lib/json.js";
import type { ModelDef, ObjectModelDef, TypeExpr } from "../../generator/ir/types.js";
import { specWith } from "./factory.js";

const STRING: TypeExpr = { kind: "primitive", name: "string" };
const NUMBER: TypeExpr = { kind: "primitive", name: "number" };
const literals = (...values: string[]): TypeExpr => ({ kind: "literalUnion", values });
const ref = (name: string): TypeExpr => ({ kind: "ref", name });
const MODELS = new Map<string, ModelDef>([
  ["Kind", { kind: "enum", name: "Kind", schemaName: "Kind", fileName: "kind", specPointer: "#", values: ["a", "b"] }],
  ["KindA", { kind: "enum", name: "KindA", schemaName: "KindA", fileName: "kind-a", specPointer: "#", values: ["a"] }],
]);

describe("acceptsType: is every value of the redeclared type a value of the parent's?", () => {
  const cases: [string, { parent: TypeExpr; own: TypeExpr; want: boolean }][] = [
    ["the same type", { parent: STRING, own: STRING, want: true }],
    ["a string enum where the parent has string", { parent: STRING, own: literals("x"), want: true }],
    ["a narrower enum, through named enums", { parent: ref("Kind"), own: ref("KindA"), want: true }],
    ["a wider enum", { parent: ref("KindA"), own: ref("Kind"), want: false }],
    ["another primitive", { parent: NUMBER, own: STRING, want: false }],
    [
      "anything where the parent is unknown",
      { parent: { kind: "primitive", name: "unknown" }, own: NUMBER, want: true },
    ],
    [
      "a member of the parent's union",
      { parent: { kind: "union", members: [STRING, NUMBER] }, own: NUMBER, want: true },
    ],
    [
      "arrays of accepted items",
      { parent: { kind: "array", items: STRING }, own: { kind: "array", items: literals("x") }, want: true },
    ],
    ["another model (not shown, so not accepted)", { parent: ref("Kind"), own: ref("Other"), want: false }],
  ];
  it.each(cases)("%s", (_name, { parent, own, want }) => {
    expect(acceptsType(parent, own, MODELS)).toBe(want);
  });
});

function objectModel(schemas: JsonObject, name: string): ObjectModelDef | undefined {
  const model = buildApi(specWith({ schemas })).api.models.find((m) => m.name === name);
  return model?.kind === "object" ? model : undefined;
}

const BASE = {
  type: "object",
  required: ["kind"],
  properties: { kind: { type: "string", enum: ["a", "b"] }, code: { type: "number" } },
};

describe("a model that extends another and redeclares its properties", () => {
  it("keeps a property the parent requires required, though the member does not list it", () => {
    const child = objectModel(
      {
        Base: BASE,
        Child: {
          allOf: [
            { $ref: "#/components/schemas/Base" },
            { type: "object", properties: { kind: { type: "string", enum: ["a"] } } },
          ],
        },
      },
      "Child",
    );
    expect(child?.properties.map((p) => [p.name, p.required])).toEqual([["kind", true]]);
    expect(child?.omitted).toBeUndefined();
  });

  it("leaves a property out of the parent when it is redeclared with another type", () => {
    const child = objectModel(
      {
        Base: BASE,
        Child: { allOf: [{ $ref: "#/components/schemas/Base" }], properties: { code: { type: "string" } } },
      },
      "Child",
    );
    expect(child?.omitted).toEqual({ Base: ["code"] });
    expect(child?.extends).toEqual(["Base"]);
  });
});
