import { describe, expect, it } from "vitest";
import { buildApi } from "../../generator/ir/build-api.js";
import type { JsonObject } from "../../generator/lib/json.js";
import type { ModelDef, OperationDef, TypeExpr } from "../../generator/ir/types.js";
import { GENESYS_BUILD_PROFILE, isGenesysDocument } from "../../generator/genesys/profile.js";
import { getOperation, specWith } from "./factory.js";

const STRING: TypeExpr = { kind: "primitive", name: "string" };
const NUMBER: TypeExpr = { kind: "primitive", name: "number" };

function model(document: JsonObject, name: string): ModelDef | undefined {
  return buildApi(document).api.models.find((m) => m.name === name);
}

/** The first operation, built with the Genesys conventions (permissions, preview, history paging). */
function operation(document: JsonObject): OperationDef {
  return buildApi(document, { profile: GENESYS_BUILD_PROFILE }).api.resources[0]!.operations[0]!;
}

describe("schemas become models", () => {
  const cases: [string, { given: JsonObject; name: string; want: Partial<ModelDef> & Record<string, unknown> }][] = [
    [
      "an object keeps spec order, required and readOnly",
      {
        given: {
          Room: {
            type: "object",
            required: ["name"],
            properties: {
              id: { type: "string", readOnly: true },
              name: { type: "string" },
            },
          },
        },
        name: "Room",
        want: {
          kind: "object",
          properties: [
            {
              name: "id",
              type: STRING,
              required: false,
              readOnly: true,
              specPointer: "#/components/schemas/Room/properties/id",
            },
            {
              name: "name",
              type: STRING,
              required: true,
              readOnly: false,
              specPointer: "#/components/schemas/Room/properties/name",
            },
          ],
        },
      },
    ],
    [
      "a string enum becomes a literal union",
      {
        given: { Kind: { type: "string", enum: ["a", "b", "a"] } },
        name: "Kind",
        want: { kind: "enum", values: ["a", "b"] },
      },
    ],
    [
      "a map becomes Record<string, T>",
      {
        given: { Labels: { type: "object", additionalProperties: { type: "integer" } } },
        name: "Labels",
        want: { kind: "alias", type: { kind: "map", values: NUMBER } },
      },
    ],
    [
      "a $ref with siblings (allOf wrapper) keeps the description and the reference",
      {
        given: {
          Entity: { type: "object", properties: { id: { type: "string" } } },
          Message: {
            type: "object",
            properties: { thread: { description: "The thread.", allOf: [{ $ref: "#/components/schemas/Entity" }] } },
          },
        },
        name: "Message",
        want: {
          properties: [
            expect.objectContaining({
              name: "thread",
              description: "The thread.",
              type: { kind: "ref", name: "Entity" },
            }),
          ],
        },
      },
    ],
    [
      "a self-reference is a plain ref (cycles are fine)",
      {
        given: {
          ErrorBody: {
            type: "object",
            properties: { errors: { type: "array", items: { $ref: "#/components/schemas/ErrorBody" } } },
          },
        },
        name: "ErrorBody",
        want: {
          properties: [expect.objectContaining({ type: { kind: "array", items: { kind: "ref", name: "ErrorBody" } } })],
        },
      },
    ],
    [
      "nullable adds null",
      {
        given: { Maybe: { type: "string", nullable: true } },
        name: "Maybe",
        want: { kind: "alias", type: { kind: "union", members: [STRING, { kind: "primitive", name: "null" }] } },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, name, want }) => {
    expect(model(specWith({ schemas: given }), name)).toMatchObject(want);
  });

  it("hoists an inline enum under <Owner><Property> into the owner's file", () => {
    const document = specWith({
      schemas: { Room: { type: "object", properties: { roomType: { type: "string", enum: ["adhoc", "group"] } } } },
    });
    expect(model(document, "RoomRoomType")).toEqual({
      kind: "enum",
      name: "RoomRoomType",
      schemaName: "#/components/schemas/Room/properties/roomType",
      fileName: "room",
      values: ["adhoc", "group"],
      specPointer: "#/components/schemas/Room/properties/roomType",
      description: undefined,
      deprecated: undefined,
    });
  });

  it("renames a schema that collides with a runtime name and warns naming both", () => {
    const { api, diagnostics } = buildApi(specWith({ schemas: { ApiClient: { type: "string" } } }));
    expect(api.models.map((m) => m.name)).toEqual(["ApiClient2"]);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "warning",
        code: "renamed-identifier",
        specPointer: "#/components/schemas/ApiClient",
      }),
    ]);
    expect(diagnostics[0]!.message).toContain('"ApiClient"');
  });
});

describe("operations", () => {
  it("takes required parameters positionally in the order the spec declares them, as the official SDK does", () => {
    const op = operation(
      specWith({
        paths: getOperation({
          path: "/a/{first}/b/{second}",
          parameters: [
            { name: "second", in: "path", required: true, schema: { type: "string" } },
            { name: "mode", in: "query", required: true, schema: { type: "string" } },
            { name: "first", in: "path", required: true, schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "string" } },
          ],
        }),
      }),
    );
    expect(op.positionalParams.map((p) => p.name)).toEqual(["second", "mode", "first"]);
  });

  it("keeps query parameters typed and optional, in spec order", () => {
    const op = operation(
      specWith({
        paths: getOperation({
          parameters: [
            { name: "limit", in: "query", schema: { type: "string" } },
            { name: "excludeMetadata", in: "query", schema: { type: "boolean" } },
          ],
        }),
      }),
    );
    expect(op.queryParams.map((p) => [p.name, p.type, p.required])).toEqual([
      ["limit", STRING, false],
      ["excludeMetadata", { kind: "primitive", name: "boolean" }, false],
    ]);
    expect(op.optionsTypeName).toBe("GetThingsOptions");
  });

  it("resolves void for 204 and reads permissions and preview from the vendor extensions", () => {
    const op = operation(
      specWith({
        paths: {
          "/x": {
            delete: {
              operationId: "deleteX",
              responses: { "204": { description: "Gone" }, "404": { description: "Missing" } },
              "x-inin-requires-permissions": { type: "ALL", permissions: ["chat:room:edit"] },
              "x-genesys-preview": true,
            },
          },
        },
      }),
    );
    expect(op.result).toEqual({ kind: "void" });
    expect(op.responseType).toBe("void");
    expect(op.docs).toMatchObject({ preview: true, permissions: { type: "ALL", permissions: ["chat:room:edit"] } });
    expect(op.responses.map((r) => r.status)).toEqual(["204", "404"]);
  });

  it("makes message history iterable when it takes before and after", () => {
    const document = specWith({
      schemas: {
        Message: { type: "object", properties: { id: { type: "string" } } },
        Listing: {
          type: "object",
          properties: { entities: { type: "array", items: { $ref: "#/components/schemas/Message" } } },
        },
      },
      paths: getOperation({
        operationId: "getChatsRoomMessages",
        schema: { $ref: "#/components/schemas/Listing" },
        parameters: [
          { name: "before", in: "query", schema: { type: "string" } },
          { name: "after", in: "query", schema: { type: "string" } },
        ],
      }),
    });
    expect(operation(document).paging).toEqual({
      methodName: "iterateChatsRoomMessages",
      item: { kind: "ref", name: "Message" },
    });
  });

  it("keeps both operations of two paths that differ only in a parameter name", () => {
    const paths = {
      ...getOperation({ path: "/m/{messageIds}", operationId: "getMessage" }),
      "/m/{messageId}": {
        delete: {
          operationId: "deleteMessage",
          responses: { "204": { description: "" } },
          parameters: [{ name: "messageId", in: "path", required: true, schema: { type: "string" } }],
        },
      },
    };
    const names = buildApi(specWith({ paths })).api.resources.flatMap((r) => r.operations.map((o) => o.methodName));
    expect(names).toEqual(["deleteMessage", "getMessage"]);
  });

  it("renames a reserved-word operationId and reports it", () => {
    const { api, diagnostics } = buildApi(specWith({ paths: getOperation({ operationId: "delete" }) }));
    expect(api.resources[0]!.operations[0]!.methodName).toBe("deleteOperation");
    expect(diagnostics.map((d) => d.code)).toEqual(["renamed-identifier"]);
  });

  it("gives no iterator when the cursors are not text, nor without the Genesys conventions", () => {
    const listing = {
      Listing: { type: "object", properties: { entities: { type: "array", items: { type: "string" } } } },
    };
    const withCursors = (type: string) =>
      specWith({
        schemas: listing,
        paths: getOperation({
          schema: { $ref: "#/components/schemas/Listing" },
          parameters: [
            { name: "before", in: "query", schema: { type } },
            { name: "after", in: "query", schema: { type } },
          ],
        }),
      });
    expect(operation(withCursors("number")).paging).toBeUndefined();
    expect(buildApi(withCursors("string")).api.resources[0]!.operations[0]!.paging).toBeUndefined();
  });

  it("says nothing of permissions and preview without the Genesys conventions", () => {
    const document = specWith({ paths: getOperation({ extra: { "x-genesys-preview": true } }) });
    const { docs } = buildApi(document).api.resources[0]!.operations[0]!;
    expect([docs.preview, docs.permissions]).toEqual([false, undefined]);
  });
});

describe("tags", () => {
  const tagged = (operationId: string, tags: string[]) =>
    getOperation({ path: `/${operationId}`, operationId, extra: { tags } });
  const document = specWith({
    paths: { ...tagged("getA", ["Analytics", "Flows"]), ...tagged("getB", ["Flows"]), ...tagged("getC", []) },
  });
  const classes = (api: ReturnType<typeof buildApi>["api"]) =>
    api.resources.map((r) => [r.className, r.operations.map((op) => `${op.methodName}@${op.functionsFile}`)]);

  it("puts an operation in the class of every tag it carries, defined once in its first tag's file", () => {
    expect(classes(buildApi(document).api)).toEqual([
      ["AnalyticsApi", ["getA@analytics-api"]],
      ["DefaultApi", ["getC@default-api"]],
      ["FlowsApi", ["getA@analytics-api", "getB@flows-api"]],
    ]);
  });

  it("keeps an operation when any of its tags is asked for, in the classes asked for only", () => {
    expect(classes(buildApi(document, { tags: ["Flows"] }).api)).toEqual([
      ["FlowsApi", ["getA@flows-api", "getB@flows-api"]],
    ]);
  });

  it("renames an operation named like a generated class, and only then", () => {
    const clash = specWith({ paths: { ...tagged("PetsApi", ["Pets"]), ...tagged("ChatApi", ["Pets"]) } });
    const { api, diagnostics } = buildApi(clash);
    expect(api.resources[0]!.operations.map((op) => op.methodName)).toEqual(["ChatApi", "PetsApi2"]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Operation "PetsApi" is generated as "PetsApi2" because "PetsApi" is the name of a generated class.',
    ]);
  });
});

describe("isGenesysDocument", () => {
  it.each([
    ["a Swagger host", { swagger: "2.0", host: "api.mypurecloud.com" }, true],
    ["a server URL", { openapi: "3.0.3", servers: [{ url: "https://api.euw2.pure.cloud/" }] }, true],
    [
      "a permissions extension",
      specWith({ paths: getOperation({ extra: { "x-inin-requires-permissions": { type: "ANY", permissions: [] } } }) }),
      true,
    ],
    ["another API", { openapi: "3.0.3", servers: [{ url: "https://api.github.com" }], paths: {} }, false],
    ["a look-alike host", { openapi: "3.0.3", servers: [{ url: "https://mypurecloud.com.evil.example" }] }, false],
  ])("recognises %s", (_, document, want) => expect(isGenesysDocument(document)).toBe(want));
});
