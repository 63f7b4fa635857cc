import type { JsonObject } from "../../generator/lib/json.js";

/** A minimal OpenAPI 3.0 document around the given schemas and paths. */
export function specWith({ schemas = {}, paths = {} }: { schemas?: JsonObject; paths?: JsonObject }): JsonObject {
  return { openapi: "3.0.3", info: { title: "Test", version: "1" }, paths, components: { schemas } };
}

/** One GET operation at `path` returning `schema` (200) with the given parameters. */
export function getOperation({
  path = "/things",
  operationId = "getThings",
  parameters = [],
  schema = { type: "string" },
  extra = {},
}: {
  path?: string;
  operationId?: string;
  parameters?: unknown[];
  schema?: unknown;
  extra?: JsonObject;
}): JsonObject {
  return {
    [path]: {
      get: {
        tags: ["Things"],
        operationId,
        parameters,
        responses: { "200": { description: "OK", content: { "application/json": { schema } } } },
        ...extra,
      },
    },
  };
}
