import { isObject } from "../lib/json.js";
import { mapEntries, orderKeys } from "./order-keys.js";

/** Schema keys in reading order: what it is, then its constraints, then its shape. */
const SCHEMA_KEY_ORDER = [
  "$ref",
  "title",
  "description",
  "type",
  "format",
  "nullable",
  "enum",
  "const",
  "default",
  "readOnly",
  "writeOnly",
  "deprecated",
  "minimum",
  "exclusiveMinimum",
  "maximum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "discriminator",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "example",
  "externalDocs",
  "xml",
];

/** Puts a schema's keys (and those of every nested schema) in the canonical order. */
export function orderSchema(schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  return orderKeys(schema, SCHEMA_KEY_ORDER, (key, value) => {
    switch (key) {
      case "properties":
        return mapEntries(value, orderSchema);
      case "items":
      case "additionalProperties":
      case "not":
        return orderSchema(value);
      case "allOf":
      case "oneOf":
      case "anyOf":
        return Array.isArray(value) ? value.map(orderSchema) : value;
      default:
        return value;
    }
  });
}
