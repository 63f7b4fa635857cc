import { describe, expect, it } from "vitest";
import { diffSurfaces } from "../../generator/diff/diff-api.js";
import type { ApiSurface, MethodSurface, ModelSurface } from "../../generator/diff/surface.js";

/** A one-method, one-model surface; each case overrides the part it is about. */
function surface(method: Partial<MethodSurface> = {}, model: Partial<ModelSurface> = {}): ApiSurface {
  return {
    methods: {
      getRoom: {
        endpoint: "GET /rooms/{roomId}",
        positional: [{ name: "roomId", type: "string", required: true }],
        opts: [{ name: "expand", type: "string", required: false }],
        returns: "Room",
        deprecated: false,
        preview: false,
        ...method,
      },
    },
    models: {
      Room: {
        kind: "object",
        usage: "both",
        properties: [{ name: "id", type: "string", required: true, readOnly: false }],
        ...model,
      },
    },
  };
}

const prop = (name: string, type = "string", required = false) => ({ name, type, required, readOnly: false });

const cases: [string, { given: ApiSurface; want: [string, boolean][] }][] = [
  ["nothing changed", { given: surface(), want: [] }],
  [
    "a new positional parameter breaks",
    {
      given: surface({
        positional: [
          { name: "roomId", type: "string", required: true },
          { name: "x", type: "string", required: true },
        ],
      }),
      want: [["parameter-added", true]],
    },
  ],
  [
    "a retyped positional parameter breaks",
    {
      given: surface({ positional: [{ name: "roomId", type: "number", required: true }] }),
      want: [["parameter-retyped", true]],
    },
  ],
  [
    "a new optional option does not break",
    {
      given: surface({
        opts: [
          { name: "expand", type: "string", required: false },
          { name: "z", type: "boolean", required: false },
        ],
      }),
      want: [["option-added", false]],
    },
  ],
  ["a removed option breaks", { given: surface({ opts: [] }), want: [["option-removed", true]] }],
  [
    "a new required body breaks",
    { given: surface({ body: { type: "Room", required: true } }), want: [["body-added", true]] },
  ],
  ["a new return type breaks", { given: surface({ returns: "Room[]" }), want: [["return-retyped", true]] }],
  ["deprecation is information", { given: surface({ deprecated: true }), want: [["deprecation-changed", false]] }],
  [
    "a new optional property does not break",
    {
      given: surface({}, { properties: [prop("id", "string", true), prop("name")] }),
      want: [["property-added", false]],
    },
  ],
  [
    "a new required property breaks senders",
    {
      given: surface({}, { properties: [prop("id", "string", true), prop("name", "string", true)] }),
      want: [["property-added", true]],
    },
  ],
  [
    "a new required property in a response-only model does not break",
    {
      given: surface({}, { usage: "response", properties: [prop("id", "string", true), prop("name", "string", true)] }),
      want: [["property-added", false]],
    },
  ],
  [
    "a property that became optional breaks readers",
    { given: surface({}, { properties: [prop("id")] }), want: [["property-required-changed", true]] },
  ],
  ["a removed property breaks", { given: surface({}, { properties: [] }), want: [["property-removed", true]] }],
  [
    "a model that became an enum breaks",
    {
      given: surface({}, { kind: "enum", properties: undefined, values: ["a"] }),
      want: [["model-kind-changed", true]],
    },
  ],
];

describe("diffSurfaces", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(diffSurfaces(surface(), given).map((c) => [c.kind, c.breaking])).toEqual(want);
  });

  it("reports enum values added (harmless) and removed (breaking)", () => {
    const enumOf = (values: (string | number)[]): ApiSurface => ({
      methods: {},
      models: { Kind: { kind: "enum", usage: "both", values } },
    });
    const changes = diffSurfaces(enumOf(["a", "b", 1]), enumOf(["b", "c", "1"]));
    expect(changes.map((c) => [c.message, c.breaking])).toEqual([
      ['Enum Kind has a new value "c".', false],
      ['Enum Kind has a new value "1".', false],
      ['Enum Kind no longer has the value "a".', true],
      ["Enum Kind no longer has the value 1.", true],
    ]);
  });

  it("reports added and removed methods and models", () => {
    const empty: ApiSurface = { methods: {}, models: {} };
    expect(diffSurfaces(empty, surface()).map((c) => [c.kind, c.breaking])).toEqual([
      ["method-added", false],
      ["model-added", false],
    ]);
    expect(diffSurfaces(surface(), empty).map((c) => [c.kind, c.breaking])).toEqual([
      ["method-removed", true],
      ["model-removed", true],
    ]);
  });
});
