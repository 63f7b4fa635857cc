import { convertSwagger2 } from "../convert/convert-swagger2.js";
import { isObject, type JsonObject } from "../lib/json.js";

/** True for a Swagger 2.0 document, which the generator converts before anything else. */
export function isSwagger2(document: JsonObject): boolean {
  return document.swagger === "2.0" && document.openapi === undefined;
}

/**
 * The document as OpenAPI 3: a Swagger 2.0 one is converted in memory, with every path and
 * definition kept (the same converter `update-spec` uses); anything else is returned as is.
 */
export function toOpenApi3(document: JsonObject): JsonObject {
  if (!isSwagger2(document)) return document;
  const paths = isObject(document.paths) ? document.paths : {};
  const definitions = isObject(document.definitions) ? Object.keys(document.definitions) : [];
  return convertSwagger2(document, paths, new Set(definitions));
}
