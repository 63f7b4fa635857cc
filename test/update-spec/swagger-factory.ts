import type { JsonObject } from "../../generator/lib/json.js";

/** A minimal Swagger 2.0 document with one operation; `overrides` replace top-level keys. */
export function swaggerDocument(operation: JsonObject, overrides: JsonObject = {}): JsonObject {
  return {
    swagger: "2.0",
    info: { title: "Test", version: "v1" },
    paths: {
      "/things/{thingId}": {
        post: {
          tags: ["Chat"],
          operationId: "postThing",
          responses: { "200": { description: "ok" } },
          ...operation,
        },
      },
    },
    definitions: {
      Thing: {
        type: "object",
        properties: { id: { type: "string" }, owner: { $ref: "#/definitions/Owner" } },
      },
      Owner: { type: "object", properties: { name: { type: "string" } } },
      Unused: { type: "object" },
    },
    ...overrides,
  };
}

/** The single converted operation of a document built by `swaggerDocument`. */
export function onlyOperation(document: JsonObject): JsonObject {
  const paths = document.paths as Record<string, Record<string, JsonObject>>;
  return paths["/things/{thingId}"]!.post!;
}
