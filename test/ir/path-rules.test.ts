import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import { getOperation, specWith } from "./factory.js";

type Param = Record<string, unknown>;
const path = (name: string, schema: Param = { type: "string" }, extra: Param = {}): Param => ({
  name,
  in: "path",
  required: true,
  schema,
  ...extra,
});
const OBJECT = { type: "object", properties: { x: { type: "number" } } };

/** The operation as the runtime will send it: its template and its path parameters, in order. */
function sent(pathTemplate: string, parameters: unknown[]) {
  const { api, diagnostics } = buildApi(specWith({ paths: getOperation({ path: pathTemplate, parameters }) }));
  const op = api.resources[0]?.operations[0];
  return {
    template: op?.pathTemplate,
    params: op?.pathParams.map((p) => [p.name, p.required] as const),
    warnings: diagnostics.map((d) => d.code),
  };
}

describe("path templates and path parameters", () => {
  const cases: [string, { template: string; parameters: unknown[]; want: ReturnType<typeof sent> }][] = [
    [
      "a plain template is kept",
      {
        template: "/rooms/{id}",
        parameters: [path("id")],
        want: { template: "/rooms/{id}", params: [["id", true]], warnings: [] },
      },
    ],
    [
      "an undeclared variable becomes a required string, after the declared ones",
      {
        template: "/api/v{api-version}/rooms/{id}",
        parameters: [path("id")],
        want: {
          template: "/api/v{api-version}/rooms/{id}",
          params: [
            ["id", true],
            ["api-version", true],
          ],
          warnings: ["renamed-identifier"],
        },
      },
    ],
    [
      "a path parameter not in the template is left out",
      {
        template: "/rooms/{id}",
        parameters: [path("id"), path("other")],
        want: { template: "/rooms/{id}", params: [["id", true]], warnings: [] },
      },
    ],
    [
      "a path parameter not marked required is required",
      {
        template: "/rooms/{id}",
        parameters: [{ name: "id", in: "path", schema: { type: "string" } }],
        want: { template: "/rooms/{id}", params: [["id", true]], warnings: [] },
      },
    ],
    [
      "a label and a matrix primitive are written around plain slots",
      {
        template: "/a/{.label}/b/{;id}",
        parameters: [path("label"), path("id", { type: "integer" })],
        want: {
          template: "/a/.{label}/b/;id={id}",
          params: [
            ["label", true],
            ["id", true],
          ],
          warnings: [],
        },
      },
    ],
    [
      "explode and the path-segment operator on a primitive",
      {
        template: "/a{/seg}/{name*}",
        parameters: [path("seg"), path("name")],
        want: {
          template: "/a/{seg}/{name}",
          params: [
            ["seg", true],
            ["name", true],
          ],
          warnings: [],
        },
      },
    ],
    [
      "the parameter's style: label on a plain slot",
      {
        template: "/a/{v}",
        parameters: [path("v", { type: "string", enum: ["x"] }, { style: "label" })],
        want: { template: "/a/.{v}", params: [["v", true]], warnings: [] },
      },
    ],
    [
      "an object in matrix style is left out with a warning",
      {
        template: "/a/{;point}",
        parameters: [path("point", OBJECT)],
        want: { template: undefined, params: undefined, warnings: ["unsupported-path-template"] },
      },
    ],
    [
      "an array in label style (the parameter's style) is left out",
      {
        template: "/a/{ids}",
        parameters: [path("ids", { type: "array", items: { type: "string" } }, { style: "label" })],
        want: { template: undefined, params: undefined, warnings: ["unsupported-path-template"] },
      },
    ],
    [
      "reserved expansion is left out (the runtime encodes every value)",
      {
        template: "/files/{+file}",
        parameters: [path("file")],
        want: { template: undefined, params: undefined, warnings: ["unsupported-path-template"] },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { template, parameters, want }) => {
    expect(sent(template, parameters)).toEqual(want);
  });
});

it("gives two operations with one operationId distinct names: the one written first keeps it", () => {
  const spec = specWith({
    paths: {
      "/b": { post: { operationId: "same", responses: { "204": { description: "Done." } } } },
      "/a": { get: { operationId: "same", responses: { "204": { description: "Done." } } } },
    },
  });
  const { api, diagnostics } = buildApi(spec);
  const names = api.resources.flatMap((r) =>
    r.operations.map((op) => [op.methodName, `${op.httpMethod} ${op.pathTemplate}`]),
  );
  expect(names).toEqual([
    ["same", "POST /b"],
    ["same2", "GET /a"],
  ]);
  expect(diagnostics.map((d) => [d.code, d.specPointer, d.message])).toEqual([
    [
      "duplicate-operation-id",
      "#/paths/~1a/get/operationId",
      'Operation id "same" is already used by POST /b, so this operation is generated as "same2".',
    ],
  ]);
});
