import { isObject, type JsonObject } from "../lib/json.js";
import { unescapeSegment } from "../lib/json-pointer.js";

/**
 * OpenAPI 3.0 allows only `[A-Za-z0-9._-]` in component names; Swagger 2.0 allowed anything
 * (Genesys names its security scheme "PureCloud OAuth"). Others are replaced with "_", as
 * swagger2openapi does, so both tools agree on the name.
 */
export function toComponentName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}

/** Rewrites a Swagger 2.0 reference to where the OpenAPI 3.0 document keeps the same thing. */
export function rewriteRef(ref: string): string {
  const match = /^#\/definitions\/([^/]+)(.*)$/.exec(ref);
  if (!match) return ref;
  const name = unescapeSegment(match[1]!);
  return `#/components/schemas/${toComponentName(name)}${match[2]}`;
}

const SCHEMA_MAP_KEYS = ["properties", "patternProperties"] as const;
const SCHEMA_LIST_KEYS = ["allOf", "anyOf", "oneOf"] as const;
const SCHEMA_SINGLE_KEYS = ["items", "additionalProperties", "not"] as const;

/**
 * Converts a Swagger 2.0 schema to an OpenAPI 3.0 schema: rewrites `$ref`, turns
 * `type: file` into a binary string, `x-nullable` into `nullable`, and a string
 * `discriminator` into an object. Other keys, including `x-` extensions, are kept.
 *
 * Swagger 2.0 and OpenAPI 3.0 both ignore the siblings of a `$ref`, yet upstream puts a
 * property's description and readOnly flag there. Wrapping the reference in `allOf` keeps
 * their meaning in a form every OpenAPI 3.0 tool reads.
 */
export function convertSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === "string") return convertRefSchema(schema, schema.$ref);
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) converted[key] = convertSchemaKey(key, value);
  if (schema.type === "file") Object.assign(converted, { type: "string", format: "binary" });
  if (schema["x-nullable"] === true) converted.nullable = true;
  if (typeof schema.discriminator === "string") {
    converted.discriminator = { propertyName: schema.discriminator };
  }
  return converted;
}

function convertRefSchema(schema: JsonObject, ref: string): JsonObject {
  const { $ref: _ref, ...siblings } = schema;
  const reference = { $ref: rewriteRef(ref) };
  if (Object.keys(siblings).length === 0) return reference;
  const converted = convertSchema(siblings) as JsonObject;
  return { ...converted, allOf: [reference] };
}

function convertSchemaKey(key: string, value: unknown): unknown {
  if ((SCHEMA_MAP_KEYS as readonly string[]).includes(key) && isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convertSchema(sub)]));
  }
  if ((SCHEMA_LIST_KEYS as readonly string[]).includes(key) && Array.isArray(value)) {
    return value.map(convertSchema);
  }
  if ((SCHEMA_SINGLE_KEYS as readonly string[]).includes(key)) return convertSchema(value);
  return value;
}
