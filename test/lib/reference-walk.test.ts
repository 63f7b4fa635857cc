import { describe, expect, it } from "vitest";
import { forEachReference } from "../../generator/lib/reference-walk.js";
import { toPointer } from "../../generator/lib/json-pointer.js";

/** The pointers of the references the walk visits in `given`. */
function visited(given: unknown): string[] {
  const found: string[] = [];
  forEachReference(given, (_reference, segments) => {
    found.push(toPointer(segments));
  });
  return found;
}

const REF = { $ref: "#/components/schemas/A" };

describe("forEachReference", () => {
  const cases: [name: string, { given: unknown; want: string[] }][] = [
    ["a schema reference", { given: { schema: REF }, want: ["#/schema"] }],
    ["a schema's example is data", { given: { schema: { type: "object", example: { a: REF } } }, want: [] }],
    ["a media type's example is data", { given: { content: { "application/json": { example: REF } } }, want: [] }],
    ["JSON Schema examples (a list) are data", { given: { schema: { examples: [REF] } }, want: [] }],
    [
      "an Example Object may be a reference; its value is data",
      {
        given: { examples: { one: { $ref: "#/components/examples/one" }, two: { value: REF } } },
        want: ["#/examples/one"],
      },
    ],
    [
      "components.examples entries likewise",
      {
        given: { components: { examples: { a: { value: { $ref: "https://example.com/x" } }, b: REF } } },
        want: ["#/components/examples/b"],
      },
    ],
    ["default, enum and const are data", { given: { schema: { default: REF, enum: [REF], const: REF } }, want: [] }],
    [
      "a property named example or default is a schema",
      {
        given: { properties: { example: REF, default: REF, enum: REF } },
        want: ["#/properties/example", "#/properties/default", "#/properties/enum"],
      },
    ],
    ["a default response is a response", { given: { responses: { default: REF } }, want: ["#/responses/default"] }],
    [
      "a component schema named examples is a schema",
      { given: { components: { schemas: { examples: REF } } }, want: ["#/components/schemas/examples"] },
    ],
    [
      "references in lists of schemas",
      { given: { allOf: [REF, { items: REF }] }, want: ["#/allOf/0", "#/allOf/1/items"] },
    ],
  ];
  it.each(cases)("visits %s", (_, { given, want }) => {
    expect(visited(given)).toEqual(want);
  });
});
