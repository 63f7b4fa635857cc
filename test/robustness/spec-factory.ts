/** Small builders for specs made in tests: plain OpenAPI 3.0 objects. */

type Json = Record<string, unknown>;

/** An OpenAPI 3.0 document with the given schemas and one GET operation returning `result`. */
export function specWith(schemas: Json, result: Json = { $ref: "#/components/schemas/Root" }): Json {
  return {
    openapi: "3.0.3",
    info: { title: "Made in a test", version: "1" },
    paths: {
      "/root": {
        get: {
          tags: ["Root"],
          operationId: "getRoot",
          responses: { "200": { description: "The root.", content: { "application/json": { schema: result } } } },
        },
      },
    },
    components: { schemas },
  };
}

/** A schema `depth` levels deep, each level wrapping the next with `wrap`. */
export function nested(
  depth: number,
  wrap: (inner: Json, level: number) => Json,
  leaf: Json = { type: "string" },
): Json {
  let schema = leaf;
  for (let level = depth; level > 0; level--) schema = wrap(schema, level);
  return schema;
}
