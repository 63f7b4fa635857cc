import { convertSchema } from "./convert-schema.js";
import { isObject, pickExtensions, type JsonObject } from "../lib/json.js";

/** Keys of a Swagger 2.0 non-body parameter that describe its value: they move into `schema`. */
const VALUE_KEYS = [
  "type",
  "format",
  "items",
  "default",
  "enum",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "maxItems",
  "minItems",
  "uniqueItems",
];

/**
 * Converts a Swagger 2.0 path/query/header parameter to OpenAPI 3.0: the value keys move
 * into `schema` and `collectionFormat` becomes `style`/`explode`.
 */
export function convertParameter(parameter: JsonObject): JsonObject {
  const converted: JsonObject = {};
  for (const key of ["name", "in", "description", "required", "deprecated", "allowEmptyValue"]) {
    if (parameter[key] !== undefined) converted[key] = parameter[key];
  }
  Object.assign(converted, collectionFormatToStyle(parameter));
  converted.schema = valueSchema(parameter);
  return { ...converted, ...pickExtensions(parameter) };
}

/** The JSON schema of a Swagger 2.0 "simple" value (parameter, header or items object). */
export function valueSchema(simple: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const key of VALUE_KEYS) {
    if (simple[key] === undefined) continue;
    schema[key] = key === "items" && isObject(simple.items) ? valueSchema(simple.items) : simple[key];
  }
  return convertSchema(schema) as JsonObject;
}

/**
 * Swagger 2.0 arrays default to comma-separated values; OpenAPI 3.0 query arrays default to
 * repeated keys, so the serialisation must be spelled out to keep the wire format.
 */
function collectionFormatToStyle(parameter: JsonObject): JsonObject {
  if (parameter.type !== "array") return {};
  const format = typeof parameter.collectionFormat === "string" ? parameter.collectionFormat : "csv";
  const inQueryOrCookie = parameter.in === "query" || parameter.in === "formData";
  switch (format) {
    case "multi":
      return { style: "form", explode: true };
    case "ssv":
      return { style: "spaceDelimited", explode: false };
    case "pipes":
      return { style: "pipeDelimited", explode: false };
    default:
      return inQueryOrCookie ? { style: "form", explode: false } : { style: "simple", explode: false };
  }
}
