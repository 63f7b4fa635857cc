import { convertSwagger2 } from "../convert/convert-swagger2.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { normalisedVersion, readSpecVersion } from "../lib/spec-version.js";

/** True for a Swagger 2.0 document (`swagger: 2.0` quoted or not), which is converted before anything else. */
export function isSwagger2(document: JsonObject): boolean {
  return readSpecVersion(document).family === "swagger-2";
}

/**
 * The document as OpenAPI 3: a Swagger 2.0 one is converted in memory, with every path and
 * definition kept (the same converter `update-spec` uses); an OpenAPI version written loosely
 * (a YAML number, no patch number) is written out in full; anything else is returned as is.
 */
export function toOpenApi3(document: JsonObject): JsonObject {
  const version = readSpecVersion(document);
  if (version.family === "openapi-3.0" || version.family === "openapi-3.1") {
    return version.exact ? document : { ...document, openapi: normalisedVersion(version.family) };
  }
  if (version.family !== "swagger-2") return document;
  const paths = isObject(document.paths) ? document.paths : {};
  const definitions = isObject(document.definitions) ? Object.keys(document.definitions) : [];
  return convertSwagger2(document, paths, new Set(definitions));
}
