import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";

/**
 * Checks that the document declares a version the generator reads: Swagger 2.0 (converted
 * before anything else) or OpenAPI 3.0.x/3.1.x. Returns the one problem, or undefined.
 */
export function checkVersion(document: JsonObject): Diagnostic | undefined {
  if (document.swagger !== undefined && document.openapi === undefined) {
    if (document.swagger === "2.0") return undefined;
    const message = `Swagger version ${JSON.stringify(document.swagger)} is not supported; use Swagger 2.0 or OpenAPI 3.0.x/3.1.x.`;
    return diagnostic("swagger-2-document", "#/swagger", message);
  }
  if (typeof document.openapi !== "string") {
    const message = 'The spec has no "openapi" version, so it is not an OpenAPI description.';
    return diagnostic("not-openapi", "#", message);
  }
  if (!/^3\.[01]\.\d+$/.test(document.openapi)) {
    const message = `OpenAPI version "${document.openapi}" is not supported; use 3.0.x or 3.1.x.`;
    return diagnostic("unsupported-openapi-version", "#/openapi", message);
  }
  return undefined;
}

/** Checks that an OpenAPI 3 document has `info` and `paths`. */
export function checkDocument(document: JsonObject): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!isObject(document.info))
    diagnostics.push(diagnostic("missing-info", "#/info", 'The spec has no "info" object.'));
  if (!isObject(document.paths))
    diagnostics.push(diagnostic("missing-paths", "#/paths", 'The spec has no "paths" object.'));
  return diagnostics;
}
