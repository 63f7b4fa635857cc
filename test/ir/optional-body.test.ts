import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import type { JsonObject } from "../../generator/lib/json.js";
import { specWith } from "./factory.js";

const BODY = { description: "A room.", content: { "application/json": { schema: { type: "string" } } } };
const EMPTY = { description: "Nothing." };

/** The result and body flag of one GET with the given responses. */
function result(responses: JsonObject) {
  const op = buildApi(specWith({ paths: { "/r": { get: { operationId: "getR", responses } } } })).api.resources[0]!
    .operations[0]!;
  return { result: op.result, bodyOptional: op.bodyOptional };
}

describe("a success response without a body beside one with a body", () => {
  const cases: [string, { responses: JsonObject; want: ReturnType<typeof result> }][] = [
    [
      "200 alone resolves the body",
      { responses: { "200": BODY }, want: { result: { kind: "primitive", name: "string" }, bodyOptional: undefined } },
    ],
    [
      "200 and 204 may resolve undefined",
      {
        responses: { "200": BODY, "204": EMPTY },
        want: {
          result: {
            kind: "union",
            members: [
              { kind: "primitive", name: "string" },
              { kind: "primitive", name: "undefined" },
            ],
          },
          bodyOptional: true,
        },
      },
    ],
    [
      "202 without a body beside 201",
      {
        responses: { "201": BODY, "202": EMPTY },
        want: {
          result: {
            kind: "union",
            members: [
              { kind: "primitive", name: "string" },
              { kind: "primitive", name: "undefined" },
            ],
          },
          bodyOptional: true,
        },
      },
    ],
    [
      "204 alone resolves nothing",
      { responses: { "204": EMPTY }, want: { result: { kind: "void" }, bodyOptional: undefined } },
    ],
  ];
  it.each(cases)("%s", (_name, { responses, want }) => {
    expect(result(responses)).toEqual(want);
  });
});
