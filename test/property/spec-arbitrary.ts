import fc from "fast-check";

/**
 * Random valid OpenAPI 3.0 documents for property tests: every construct the generator
 * claims to handle, with names and text drawn from a hostile alphabet.
 */

type Json = Record<string, unknown>;

/** Pieces that break naive emitters: comment ends, quotes, template syntax, separators, scripts. */
const HOSTILE_PIECES = [
  "*/",
  "/*",
  "`",
  "${",
  "}",
  '"',
  "'",
  "\\",
  "\n",
  "\r\n",
  "\u2028",
  "\u2029",
  "</script>",
  "@param",
  "%",
  "~",
  "/",
  ".",
  "-",
  " ",
  "é",
  "ж",
  "中",
  "0",
  "9",
  "_",
  "$",
  "a",
  "B",
  "z",
];
const WORDS = [
  "class",
  "delete",
  "default",
  "new",
  "constructor",
  "prototype",
  "__proto__",
  "toString",
  "String",
  "ApiClient",
  "Date",
  "Error",
  "Promise",
  "Record",
  "request",
  "client",
  "opts",
  "options",
  "body",
  "customHeaders",
  "paginate",
  "2fa",
  "user.name",
  "x-id",
  "Item",
  "item",
  "ITEM",
  "Ünïcödé",
  "eval",
];

const hostileText = fc
  .array(fc.constantFrom(...HOSTILE_PIECES, ...WORDS), { minLength: 0, maxLength: 6 })
  .map((parts) => parts.join(""));
/** Names: a hostile mix, never empty (an empty key is legal but covered by the fixtures). */
const hostileName = fc.oneof(
  fc.constantFrom(...WORDS),
  hostileText.filter((t) => t.length > 0),
);

/** A `$ref` to a component schema, percent-encoded as a URI fragment requires. */
export function schemaRef(name: string): string {
  const segment = name.replace(/~/g, "~0").replace(/\//g, "~1");
  return `#/components/schemas/${encodeURIComponent(segment)}`;
}

function schemaArbitrary(componentNames: readonly string[]): fc.Arbitrary<Json> {
  const refs =
    componentNames.length > 0 ? [fc.constantFrom(...componentNames).map((n) => ({ $ref: schemaRef(n) }))] : [];
  const { schema } = fc.letrec<{ schema: Json }>((tie) => ({
    schema: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom<Json>(
        { type: "string" },
        { type: "string", format: "date-time" },
        { type: "string", format: "binary" },
        { type: "integer", format: "int64" },
        { type: "number", format: "float" },
        { type: "boolean" },
        {},
      ),
      ...refs,
      fc.record({ type: fc.constant("string"), enum: fc.uniqueArray(hostileText, { minLength: 1, maxLength: 4 }) }),
      fc.record({
        type: fc.constant("integer"),
        enum: fc.uniqueArray(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 3 }),
      }),
      fc
        .uniqueArray(hostileText, { minLength: 1, maxLength: 3 })
        .map((values) => ({ type: ["string", "null"], enum: [...values, null] })),
      fc.record({ const: fc.oneof(hostileText, fc.integer(), fc.boolean()) }),
      fc.constantFrom<Json>({ type: ["integer", "null"] }, { type: ["string", "number", "boolean"] }, { type: "null" }),
      fc.record({ type: fc.constant("array"), items: tie("schema") }),
      fc.record(
        {
          type: fc.constant("object"),
          description: hostileText,
          properties: fc.dictionary(hostileName, tie("schema"), { minKeys: 1, maxKeys: 4 }),
          additionalProperties: fc.oneof(fc.constant(false), fc.constant(true), tie("schema")),
        },
        { requiredKeys: ["type", "properties"] },
      ),
      fc.record({ type: fc.constant("object"), additionalProperties: tie("schema") }),
      fc.record({ oneOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
      fc.record({ anyOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
      fc.record({ allOf: fc.array(tie("schema"), { minLength: 1, maxLength: 3 }) }),
      tie("schema").map((inner) => ({ ...inner, nullable: true })),
    ),
  }));
  return schema;
}

function parameterArbitrary(schema: fc.Arbitrary<Json>, location: "query" | "header" | "cookie"): fc.Arbitrary<Json> {
  return fc.record({
    name: hostileName,
    in: fc.constant(location),
    required: fc.boolean(),
    description: hostileText,
    style: location === "query" ? fc.constantFrom("form", "spaceDelimited", "pipeDelimited") : fc.constant("simple"),
    explode: fc.boolean(),
    schema,
  });
}

function operationArbitrary(
  schema: fc.Arbitrary<Json>,
  operationId: string,
  tag: string,
  pathParam: string,
): fc.Arbitrary<Json> {
  const media = fc.constantFrom("application/json", "multipart/form-data", "application/octet-stream", "text/plain");
  const params = fc.uniqueArray(
    fc.oneof(
      parameterArbitrary(schema, "query"),
      parameterArbitrary(schema, "header"),
      parameterArbitrary(schema, "cookie"),
    ),
    { maxLength: 4, selector: (p) => `${String(p.in)} ${String(p.name)}` },
  );
  return fc.record(
    {
      tags: fc.constant([tag]),
      operationId: fc.constant(operationId),
      summary: hostileText,
      description: hostileText,
      parameters: params.map((list) => [
        { name: pathParam, in: "path", required: true, schema: { type: "string" } },
        ...list,
      ]),
      requestBody: fc.option(
        fc.record({
          required: fc.boolean(),
          content: fc.tuple(media, schema).map(([m, s]) => ({ [m]: { schema: s } })),
        }),
        { nil: undefined },
      ),
      responses: fc
        .tuple(fc.constantFrom("200", "201", "204"), media, schema, hostileText)
        .map(([status, m, s, d]) =>
          status === "204"
            ? { [status]: { description: d } }
            : { [status]: { description: d, content: { [m]: { schema: s } } } },
        ),
    },
    { requiredKeys: ["tags", "operationId", "summary", "description", "parameters", "responses"] },
  );
}

/** A random spec: 1-4 component schemas (which may refer to each other) and 1-3 operations. */
export const specArbitrary: fc.Arbitrary<Json> = fc
  .record({
    schemaNames: fc.uniqueArray(hostileName, { minLength: 1, maxLength: 4 }),
    operationIds: fc.uniqueArray(hostileName, { minLength: 1, maxLength: 3 }),
    tags: fc.array(hostileName, { minLength: 1, maxLength: 2 }),
    pathParam: hostileName.filter((n) => !/[{}/]/.test(n)),
    title: hostileText,
  })
  .chain(({ schemaNames, operationIds, tags, pathParam, title }) => {
    const schema = schemaArbitrary(schemaNames);
    return fc
      .record({
        schemas: fc.tuple(...schemaNames.map(() => schema)),
        operations: fc.tuple(
          ...operationIds.map((id, i) => operationArbitrary(schema, id, tags[i % tags.length]!, pathParam)),
        ),
      })
      .map(({ schemas, operations }) => ({
        openapi: "3.0.3",
        info: { title, version: "1", description: title },
        paths: Object.fromEntries(operations.map((op, i) => [`/p${i}/{${pathParam}}`, { post: op }])),
        components: { schemas: Object.fromEntries(schemaNames.map((name, i) => [name, schemas[i]!])) },
      }));
  });
