import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { readSpecVersion } from "../lib/spec-version.js";

/**
 * Checks that the document declares a version the generator reads: Swagger 2.0 (converted
 * before anything else) or OpenAPI 3.0.x/3.1.x. Returns the one problem, or undefined.
 */
export function checkVersion(document: JsonObject): Diagnostic | undefined {
  const version = readSpecVersion(document);
  if (version.family === "none") {
    const message = 'The spec has no "openapi" version, so it is not an OpenAPI description.';
    return diagnostic("not-openapi", "#", message);
  }
  if (version.family !== "unsupported") return undefined;
  const written = JSON.stringify(version.written);
  if (version.key === "swagger") {
    const message = `Swagger version ${written} is not supported; use Swagger 2.0 or OpenAPI 3.0.x/3.1.x.`;
    return diagnostic("swagger-2-document", "#/swagger", message);
  }
  const message = `OpenAPI version ${written} is not supported; use 3.0.x or 3.1.x.`;
  return diagnostic("unsupported-openapi-version", "#/openapi", message);
}

/**
 * Warns when the version is written loosely but names one version without doubt: a YAML
 * number (`swagger: 2.0` unquoted reads as 2) or a version without its patch number.
 */
export function checkVersionSpelling(document: JsonObject): Diagnostic[] {
  const version = readSpecVersion(document);
  if (version.family === "none" || version.family === "unsupported" || version.exact) return [];
  const key = version.family === "swagger-2" ? "swagger" : "openapi";
  const name =
    version.family === "swagger-2" ? "Swagger 2.0" : version.family === "openapi-3.1" ? "OpenAPI 3.1" : "OpenAPI 3.0";
  const how =
    typeof version.written === "number"
      ? `is the number ${String(version.written)} (a version left unquoted in YAML)`
      : `"${String(version.written)}" has no patch number`;
  return [diagnostic("loose-version", `#/${key}`, `The "${key}" version ${how}, so it is read as ${name}.`)];
}

/**
 * Checks the top of the document: an `info` object (a title is made up without one), and
 * operations to generate. A document with none still gets its models: OpenAPI 3.1 makes
 * `paths` optional (components-only and webhook-only documents), and an older document
 * that leaves it out breaks nothing the generator writes.
 */
export function checkDocument(
  document: JsonObject,
  original: JsonObject,
  operations: readonly unknown[],
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (!isObject(document.info)) {
    const message = 'The spec has no "info" object, so the API is titled "API" and has no version.';
    diagnostics.push(diagnostic("missing-info", "#/info", message));
  }
  const version = readSpecVersion(original);
  if (!isObject(original.paths) && version.family !== "openapi-3.1") {
    const name = version.family === "swagger-2" ? "Swagger 2.0" : "OpenAPI 3.0";
    const message = `The spec has no "paths" object, which ${name} requires, so only its models are generated.`;
    diagnostics.push(diagnostic("missing-paths", "#/paths", message));
  } else if (operations.length === 0) {
    diagnostics.push(noOperations(document));
  }
  return diagnostics;
}

/** Webhooks are requests the API sends, not calls a client makes, so they are not operations here. */
function noOperations(document: JsonObject): Diagnostic {
  const webhooks = isObject(document.webhooks) ? Object.keys(document.webhooks).length : 0;
  const why =
    webhooks === 0
      ? ""
      : webhooks === 1
        ? " (its webhook is a request the API sends, not a call a client makes)"
        : ` (its ${webhooks} webhooks are requests the API sends, not calls a client makes)`;
  const pointer = isObject(document.paths) ? "#/paths" : "#";
  return diagnostic(
    "no-operations",
    pointer,
    `The spec describes no operations${why}, so only its models are generated.`,
  );
}
