import type { Diagnostic } from "../ir/types.js";
import { isObject, type JsonObject } from "../update-spec/json.js";
import { error } from "./diagnostics.js";

/**
 * Checks that the document is an OpenAPI 3.0/3.1 description with `info` and `paths`.
 * Returns `stop: true` when it is not OpenAPI 3 at all, since every other check would be noise.
 */
export function checkDocument(document: JsonObject): { diagnostics: Diagnostic[]; stop: boolean } {
  if (document.swagger !== undefined && document.openapi === undefined) {
    // Swagger 2.0 itself is converted before this check; other Swagger versions are not.
    const message = `Swagger version ${JSON.stringify(document.swagger)} is not supported; use Swagger 2.0 or OpenAPI 3.0.x/3.1.x.`;
    return { diagnostics: [error("swagger-2-document", "#/swagger", message)], stop: true };
  }
  if (typeof document.openapi !== "string") {
    const message = 'The spec has no "openapi" version, so it is not an OpenAPI description.';
    return { diagnostics: [error("not-openapi", "#", message)], stop: true };
  }
  if (!/^3\.[01]\.\d+$/.test(document.openapi)) {
    const message = `OpenAPI version "${document.openapi}" is not supported; use 3.0.x or 3.1.x.`;
    return {
      diagnostics: [error("unsupported-openapi-version", "#/openapi", message)],
      stop: true,
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (!isObject(document.info))
    diagnostics.push(error("missing-info", "#/info", 'The spec has no "info" object.'));
  if (!isObject(document.paths))
    diagnostics.push(error("missing-paths", "#/paths", 'The spec has no "paths" object.'));
  return { diagnostics, stop: false };
}
