/**
 * Where a `$ref` is a reference and where it is only data. Example values, defaults, enums and
 * consts are data the API sends or takes: an object with a `$ref` key there (an example of a
 * JSON Schema document, a SCIM payload with a URL `$ref`) is never bundled, validated or
 * resolved. Names are told apart from keywords: a property or response called "default" or
 * "example" is a schema or a response like any other.
 */
import { isObject, type JsonObject } from "./json.js";

/**
 * How a value is read: `keyword` (an OpenAPI or JSON Schema object), `names` (a map whose keys
 * are names: properties, responses, components), `examples` (a map of Example Objects, each
 * a reference or data), `example` (one of those), or `data` (never looked into).
 */
export type WalkContext = "keyword" | "names" | "examples" | "example" | "data";

/** Keys whose value is a map of named entries, each read as keywords. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "paths",
  "webhooks",
  "responses",
  "content",
  "headers",
  "links",
  "callbacks",
  "encoding",
  "schemas",
  "parameters",
  "requestBodies",
  "securitySchemes",
  "securityDefinitions",
  "pathItems",
  "variables",
  "scopes",
  "mapping",
]);

/** Keys whose value is data whatever it holds. */
const DATA_KEYWORDS = new Set(["example", "default", "enum", "const"]);

/** How the value under `key` is read, in an object read as `context`. */
export function childContext(context: WalkContext, key: string, value: unknown): WalkContext {
  switch (context) {
    case "data":
    case "example":
      // An Example Object's `value` and the rest of it are data (it is a reference or nothing).
      return "data";
    case "names":
      return "keyword";
    case "examples":
      return "example";
    case "keyword":
      if (DATA_KEYWORDS.has(key)) return "data";
      // JSON Schema's `examples` is a list of values; OpenAPI's is a map of Example Objects.
      if (key === "examples") return Array.isArray(value) ? "data" : "examples";
      return NAME_MAPS.has(key) ? "names" : "keyword";
  }
}

/** The context of an array's items: named maps hold keyword objects when written as lists. */
export function itemContext(context: WalkContext): WalkContext {
  return context === "names" ? "keyword" : context;
}

/** A reference: an object whose `$ref` is a string, read where references are. */
export type Reference = JsonObject & { readonly $ref: string };

/**
 * Calls `visit` for every reference in `node` (outside data), with its path from `node`. The
 * walk goes on inside a reference's siblings (3.1 allows them) unless `visit` returns false.
 */
export function forEachReference(
  node: unknown,
  visit: (reference: Reference, segments: readonly (string | number)[]) => unknown,
  context: WalkContext = "keyword",
): void {
  const walk = (value: unknown, at: (string | number)[], where: WalkContext): void => {
    if (where === "data") return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...at, index], itemContext(where));
      return;
    }
    if (!isObject(value)) return;
    if (typeof value.$ref === "string" && visit(value as Reference, at) === false) return;
    for (const key in value) walk(value[key], [...at, key], childContext(where, key, value[key]));
  };
  walk(node, [], context);
}
