import { convertOperation, resolveParameters, type SwaggerContext } from "./convert-operation.js";
import { convertParameter } from "./convert-parameter.js";
import { isBodyLike } from "./convert-request-body.js";
import { convertSchema, toComponentName } from "./convert-schema.js";
import { buildServers, convertSecurityDefinitions, renameSecurityRequirements } from "./convert-security.js";
import { isHttpMethod } from "../lib/http-methods.js";
import { asStringArray, isObject, type JsonObject } from "../lib/json.js";

/** Top-level Swagger 2.0 keys that OpenAPI 3.0 replaces; the rest (x-, externalDocs, ...) is copied. */
const REPLACED_KEYS = new Set([
  "swagger",
  "host",
  "basePath",
  "schemes",
  "consumes",
  "produces",
  "paths",
  "definitions",
  "parameters",
  "responses",
  "securityDefinitions",
  "tags",
]);

/**
 * Converts a Swagger 2.0 document whose `paths` were already selected to OpenAPI 3.0.3.
 * Only the definitions named in `keptSchemas` are carried over (in upstream order).
 */
export function convertSwagger2(document: JsonObject, paths: JsonObject, keptSchemas: ReadonlySet<string>): JsonObject {
  const context: SwaggerContext = {
    document,
    consumes: asStringArray(document.consumes),
    produces: asStringArray(document.produces),
  };
  const converted: JsonObject = { openapi: "3.0.3" };
  for (const [key, value] of Object.entries(document)) {
    if (!REPLACED_KEYS.has(key)) converted[key] = value;
  }
  if (document.security !== undefined) converted.security = renameSecurityRequirements(document.security);
  const servers = buildServers(document);
  if (servers.length > 0) converted.servers = servers;
  converted.paths = Object.fromEntries(
    Object.entries(paths).map(([path, item]) => [path, convertPathItem(item as JsonObject, context)]),
  );
  converted.components = {
    schemas: keptDefinitions(document.definitions, keptSchemas),
    securitySchemes: convertSecurityDefinitions(document.securityDefinitions),
  };
  return converted;
}

function convertPathItem(pathItem: JsonObject, context: SwaggerContext): JsonObject {
  const shared = resolveParameters(pathItem.parameters, context.document);
  const inheritedBody = shared.filter(isBodyLike);
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(pathItem)) {
    if (isHttpMethod(key) && isObject(value)) converted[key] = convertOperation(value, inheritedBody, context);
    else if (key !== "parameters") converted[key] = value;
  }
  const plain = shared.filter((parameter) => !isBodyLike(parameter));
  if (plain.length > 0) converted.parameters = plain.map(convertParameter);
  return converted;
}

function keptDefinitions(definitions: unknown, kept: ReadonlySet<string>): JsonObject {
  if (!isObject(definitions)) return {};
  return Object.fromEntries(
    Object.entries(definitions)
      .filter(([name]) => kept.has(name))
      .map(([name, schema]) => [toComponentName(name), convertSchema(schema)]),
  );
}
