import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import type { JsonObject } from "../../generator/lib/json.js";
import type { TypeExpr } from "../../generator/ir/types.js";
import { specWith } from "./factory.js";

const STRING: TypeExpr = { kind: "primitive", name: "string" };
const NUMBER: TypeExpr = { kind: "primitive", name: "number" };
const NULL: TypeExpr = { kind: "primitive", name: "null" };
const UNKNOWN: TypeExpr = { kind: "primitive", name: "unknown" };
const NEVER: TypeExpr = { kind: "primitive", name: "never" };

/** The type of property `p` of a component object `Thing` whose properties are `properties`. */
function propertyType(properties: JsonObject): TypeExpr | undefined {
  const document = { ...specWith({ schemas: { Thing: { type: "object", properties } } }), openapi: "3.1.0" };
  const model = buildApi(document).api.models.find((m) => m.name === "Thing");
  return model?.kind === "object" ? model.properties[0]?.type : undefined;
}

describe("schema forms JSON Schema allows in 3.1", () => {
  const cases: [string, { given: unknown; want: TypeExpr }][] = [
    ["the true schema is unknown", { given: true, want: UNKNOWN }],
    ["the false schema is never", { given: false, want: NEVER }],
    [
      "an array of false items is never[]",
      { given: { type: "array", items: false }, want: { kind: "array", items: NEVER } },
    ],
    [
      "type [string, null] with YAML's null value",
      { given: { type: ["string", null] }, want: { kind: "union", members: [STRING, NULL] } },
    ],
    [
      'type [number, "null"]',
      { given: { type: ["number", "null"] }, want: { kind: "union", members: [NUMBER, NULL] } },
    ],
    ["an empty type list is read as no type", { given: { type: [] }, want: UNKNOWN }],
    ["an unknown type is unknown", { given: { type: "invalid" }, want: UNKNOWN }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(propertyType({ p: given })).toEqual(want);
  });

  it("builds a boolean component schema as an alias of unknown or never", () => {
    const document = { ...specWith({ schemas: { Yes: true, No: false } }), openapi: "3.1.0" };
    const models = buildApi(document).api.models.map((m) => [m.name, m.kind, m.kind === "alias" ? m.type : undefined]);
    expect(models).toEqual([
      ["No", "alias", NEVER],
      ["Yes", "alias", UNKNOWN],
    ]);
  });
});

describe("tuples and pattern-keyed maps", () => {
  const cases: [string, { given: unknown; want: TypeExpr }][] = [
    [
      "prefixItems with minItems and no more items is an exact tuple",
      {
        given: { type: "array", prefixItems: [{ type: "number" }, { type: "string" }], minItems: 2, items: false },
        want: {
          kind: "tuple",
          items: [
            { type: NUMBER, optional: false },
            { type: STRING, optional: false },
          ],
        },
      },
    ],
    [
      "elements past minItems may be missing, and more items may follow",
      {
        given: { type: "array", prefixItems: [{ type: "number" }, { type: "number" }], minItems: 1 },
        want: {
          kind: "tuple",
          items: [
            { type: NUMBER, optional: false },
            { type: NUMBER, optional: true },
          ],
          rest: UNKNOWN,
        },
      },
    ],
    [
      "items after the prefix",
      {
        given: { prefixItems: [{ type: "string" }], items: { type: "number" } },
        want: { kind: "tuple", items: [{ type: STRING, optional: true }], rest: NUMBER },
      },
    ],
    [
      "patternProperties without additionalProperties say what the keys hold",
      {
        given: { type: "object", patternProperties: { "^x-": { type: "string" }, "^n-": { type: "number" } } },
        want: { kind: "map", values: { kind: "union", members: [STRING, NUMBER] } },
      },
    ],
    [
      "patternProperties beside additionalProperties: true allow anything",
      {
        given: { type: "object", patternProperties: { "^x-": { type: "string" } }, additionalProperties: true },
        want: { kind: "map", values: UNKNOWN },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(propertyType({ p: given })).toEqual(want);
  });
});
