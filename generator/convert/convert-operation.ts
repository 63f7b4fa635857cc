import { resolvePointer } from "../lib/json-pointer.js";
import { convertParameter } from "./convert-parameter.js";
import { bodyToRequestBody, formDataToRequestBody, isBodyLike } from "./convert-request-body.js";
import { convertResponse } from "./convert-response.js";
import { renameSecurityRequirements } from "./convert-security.js";
import { asArray, asStringArray, isObject, type JsonObject } from "../lib/json.js";

/** What an operation inherits from the Swagger 2.0 document it sits in. */
export interface SwaggerContext {
  readonly document: JsonObject;
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
}

/** Operation keys that OpenAPI 3.0 spells differently; everything else is copied. */
const MOVED_KEYS = new Set(["parameters", "responses", "consumes", "produces", "schemes"]);

/**
 * Converts one Swagger 2.0 operation. `inheritedBody` holds the body/formData parameters
 * declared on the path item, which OpenAPI 3.0 can only express per operation.
 */
export function convertOperation(
  operation: JsonObject,
  inheritedBody: readonly JsonObject[],
  context: SwaggerContext,
): JsonObject {
  const converted: JsonObject = {};
  for (const [key, value] of Object.entries(operation)) {
    if (!MOVED_KEYS.has(key)) converted[key] = value;
  }
  const parameters = resolveParameters(operation.parameters, context.document);
  const plain = parameters.filter((parameter) => !isBodyLike(parameter));
  if (plain.length > 0) converted.parameters = plain.map(convertParameter);
  const ownBody = parameters.filter(isBodyLike);
  const requestBody = buildRequestBody(ownBody.length > 0 ? ownBody : inheritedBody, operation, context);
  if (requestBody) converted.requestBody = requestBody;
  converted.responses = convertResponses(operation, context);
  if (operation.security !== undefined) converted.security = renameSecurityRequirements(operation.security);
  return converted;
}

/** Inlines `#/parameters/X` references: OpenAPI 3.0 has no place for a shared body parameter. */
export function resolveParameters(parameters: unknown, document: JsonObject): JsonObject[] {
  return asArray(parameters)
    .map((parameter) =>
      isObject(parameter) && typeof parameter.$ref === "string" ? resolvePointer(document, parameter.$ref) : parameter,
    )
    .filter(isObject);
}

function buildRequestBody(
  bodyParameters: readonly JsonObject[],
  operation: JsonObject,
  context: SwaggerContext,
): JsonObject | undefined {
  const consumes = mediaTypes(operation.consumes, context.consumes);
  const body = bodyParameters.find((parameter) => parameter.in === "body");
  if (body) return bodyToRequestBody(body, consumes);
  const fields = bodyParameters.filter((parameter) => parameter.in === "formData");
  return fields.length > 0 ? formDataToRequestBody(fields, consumes) : undefined;
}

function convertResponses(operation: JsonObject, context: SwaggerContext): JsonObject {
  const produces = mediaTypes(operation.produces, context.produces);
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
    // Shared `#/responses/X` entries are inlined here and hoisted again, by content, later.
    const resolved =
      isObject(response) && typeof response.$ref === "string"
        ? resolvePointer(context.document, response.$ref)
        : response;
    responses[status] = isObject(resolved) ? convertResponse(resolved, produces) : resolved;
  }
  return responses;
}

/** The operation's own media types, else the document's, else JSON (the Genesys default). */
function mediaTypes(own: unknown, inherited: readonly string[]): string[] {
  const list = asStringArray(own);
  if (list.length > 0) return list;
  return inherited.length > 0 ? [...inherited] : ["application/json"];
}
