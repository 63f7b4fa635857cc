import { describe, expect, it } from "vitest";
import { convertUpstream } from "../../generator/convert/convert-upstream.js";
import type { JsonObject } from "../../generator/lib/json.js";
import { onlyOperation, swaggerDocument } from "./swagger-factory.js";

const convert = (document: JsonObject): JsonObject => convertUpstream(document, ["Chat"]).document;
const thingRef = { $ref: "#/definitions/Thing" };

describe("Swagger 2.0 to OpenAPI 3.0, one rule at a time", () => {
  const cases: [
    string,
    {
      given: JsonObject;
      overrides?: JsonObject;
      pick: (doc: JsonObject) => unknown;
      want: unknown;
    },
  ][] = [
    [
      "a body parameter becomes a requestBody per consumed media type, keeping required",
      {
        given: {
          consumes: ["application/json", "text/plain"],
          parameters: [{ in: "body", name: "body", required: true, schema: thingRef }],
        },
        pick: (doc) => onlyOperation(doc).requestBody,
        want: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/Thing" } },
            "text/plain": { schema: { $ref: "#/components/schemas/Thing" } },
          },
        },
      },
    ],
    [
      "an optional body stays optional",
      {
        given: { parameters: [{ in: "body", name: "body", schema: thingRef }] },
        pick: (doc) => (onlyOperation(doc).requestBody as JsonObject).required,
        want: false,
      },
    ],
    [
      "formData parameters become a form requestBody, a file a binary string",
      {
        given: {
          consumes: ["multipart/form-data"],
          parameters: [
            { in: "formData", name: "file", type: "file", required: true },
            { in: "formData", name: "note", type: "string", description: "A note" },
          ],
        },
        pick: (doc) => onlyOperation(doc).requestBody,
        want: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary" },
                  note: { description: "A note", type: "string" },
                },
              },
            },
          },
        },
      },
    ],
    [
      "produces gives the response media types",
      {
        given: {
          produces: ["application/xml"],
          responses: { "200": { description: "ok", schema: thingRef } },
        },
        pick: (doc) => (onlyOperation(doc).responses as JsonObject)["200"],
        want: {
          description: "ok",
          content: { "application/xml": { schema: { $ref: "#/components/schemas/Thing" } } },
        },
      },
    ],
    [
      "a simple parameter gets a schema; a csv array keeps its comma-separated form",
      {
        given: {
          parameters: [
            {
              in: "query",
              name: "ids",
              type: "array",
              items: { type: "string" },
              description: "Ids",
            },
          ],
        },
        pick: (doc) => onlyOperation(doc).parameters,
        want: [
          {
            name: "ids",
            in: "query",
            description: "Ids",
            style: "form",
            explode: false,
            schema: { type: "array", items: { type: "string" } },
          },
        ],
      },
    ],
    [
      "a shared #/parameters reference is inlined",
      {
        given: { parameters: [{ $ref: "#/parameters/Limit" }] },
        overrides: { parameters: { Limit: { in: "query", name: "limit", type: "integer" } } },
        pick: (doc) => onlyOperation(doc).parameters,
        want: [{ name: "limit", in: "query", schema: { type: "integer" } }],
      },
    ],
    [
      "securityDefinitions become securitySchemes with names OpenAPI 3.0 accepts",
      {
        given: { security: [{ "My OAuth": [] }] },
        overrides: {
          securityDefinitions: {
            "My OAuth": {
              type: "oauth2",
              flow: "implicit",
              authorizationUrl: "https://login.example/authorize",
              scopes: {},
            },
          },
        },
        pick: (doc) => [onlyOperation(doc).security, (doc.components as JsonObject).securitySchemes],
        want: [
          [{ My_OAuth: [] }],
          {
            My_OAuth: {
              type: "oauth2",
              flows: {
                implicit: { authorizationUrl: "https://login.example/authorize", scopes: {} },
              },
            },
          },
        ],
      },
    ],
    [
      "host, basePath and schemes become servers",
      {
        given: {},
        overrides: { host: "api.example.com", basePath: "/v1/", schemes: ["https", "http"] },
        pick: (doc) => doc.servers,
        want: [{ url: "https://api.example.com/v1" }, { url: "http://api.example.com/v1" }],
      },
    ],
    [
      "https is the first server (the client's default), and ws is not an HTTP server",
      {
        given: {},
        overrides: { host: "api.example.com:8443", schemes: ["ws", "http", "https"] },
        pick: (doc) => doc.servers,
        want: [{ url: "https://api.example.com:8443" }, { url: "http://api.example.com:8443" }],
      },
    ],
    [
      "a basePath without a host is a server relative to the host serving the description",
      {
        given: {},
        overrides: { host: undefined, basePath: "/v2" },
        pick: (doc) => doc.servers,
        want: [{ url: "/v2" }],
      },
    ],
    [
      "a readOnly sibling of $ref is kept beside an allOf",
      {
        given: {
          responses: {
            "200": {
              description: "ok",
              schema: { $ref: "#/definitions/Thing", readOnly: true, description: "The thing" },
            },
          },
        },
        pick: (doc) => ((onlyOperation(doc).responses as JsonObject)["200"] as JsonObject).content,
        want: {
          "application/json": {
            schema: {
              description: "The thing",
              readOnly: true,
              allOf: [{ $ref: "#/components/schemas/Thing" }],
            },
          },
        },
      },
    ],
    [
      "x- extensions on the operation are kept",
      {
        given: { "x-genesys-preview": true, "x-purecloud-method-name": "postThing" },
        pick: (doc) => [onlyOperation(doc)["x-genesys-preview"], onlyOperation(doc)["x-purecloud-method-name"]],
        want: [true, "postThing"],
      },
    ],
    [
      "only the definitions the operations reach are kept, transitively",
      {
        given: { parameters: [{ in: "body", name: "body", schema: thingRef }] },
        pick: (doc) => Object.keys((doc.components as JsonObject).schemas as JsonObject),
        want: ["Owner", "Thing"],
      },
    ],
  ];

  it.each(cases)("%s", (_name, { given, overrides, pick, want }) => {
    expect(pick(convert(swaggerDocument(given, overrides)))).toEqual(want);
  });

  it("writes OpenAPI 3.0.3 with the canonical top-level key order", () => {
    const keys = Object.keys(convert(swaggerDocument({}, { host: "h", tags: [{ name: "Chat" }] })));
    expect(keys).toEqual(["openapi", "info", "servers", "tags", "paths", "components"]);
  });
});
