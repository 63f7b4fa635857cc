import { HTTP_METHODS, isHttpMethod } from "../lib/http-methods.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { orderKeys, sortEntries } from "./order-keys.js";
import { orderSchema } from "./order-schema.js";

const DOCUMENT_ORDER = ["openapi", "info", "servers", "security", "tags", "externalDocs", "paths", "components"];
const INFO_ORDER = ["title", "description", "termsOfService", "contact", "license", "version"];
const PATH_ITEM_ORDER = ["summary", "description", "parameters", ...HTTP_METHODS, "servers"];
const OPERATION_ORDER = [
  "tags",
  "summary",
  "description",
  "operationId",
  "parameters",
  "requestBody",
  "responses",
  "deprecated",
  "security",
  "externalDocs",
  "callbacks",
  "servers",
];
const PARAMETER_ORDER = [
  "$ref",
  "name",
  "in",
  "description",
  "required",
  "deprecated",
  "allowEmptyValue",
  "style",
  "explode",
  "schema",
  "content",
  "example",
];
const REQUEST_BODY_ORDER = ["$ref", "description", "required", "content"];
const RESPONSE_ORDER = ["$ref", "description", "headers", "content", "links"];
const MEDIA_TYPE_ORDER = ["schema", "example", "examples", "encoding"];
const COMPONENT_ORDER = ["schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes"];

/**
 * Returns `document` with every object's keys in a canonical order, so the same upstream
 * always serialises to the same bytes and a real change shows up as a small diff. Paths and
 * components are sorted by code unit; schema properties and parameters keep upstream order.
 */
export function orderDocument(document: JsonObject): JsonObject {
  return orderKeys(document, DOCUMENT_ORDER, (key, value) => {
    if (key === "info" && isObject(value)) return orderKeys(value, INFO_ORDER);
    if (key === "paths") return sortEntries(value, orderPathItem);
    if (key === "components" && isObject(value)) return orderComponents(value);
    return value;
  });
}

function orderPathItem(pathItem: unknown): unknown {
  if (!isObject(pathItem)) return pathItem;
  return orderKeys(pathItem, PATH_ITEM_ORDER, (key, value) => {
    if (key === "parameters") return orderList(value, orderParameter);
    return isHttpMethod(key) ? orderOperation(value) : value;
  });
}

function orderOperation(operation: unknown): unknown {
  if (!isObject(operation)) return operation;
  return orderKeys(operation, OPERATION_ORDER, (key, value) => {
    if (key === "parameters") return orderList(value, orderParameter);
    if (key === "requestBody") return orderRequestBody(value);
    if (key === "responses") return sortEntries(value, orderResponse);
    return value;
  });
}

function orderParameter(parameter: unknown): unknown {
  if (!isObject(parameter)) return parameter;
  return orderKeys(parameter, PARAMETER_ORDER, (key, value) => {
    if (key === "schema") return orderSchema(value);
    return key === "content" ? sortEntries(value, orderMediaType) : value;
  });
}

function orderRequestBody(body: unknown): unknown {
  if (!isObject(body)) return body;
  return orderKeys(body, REQUEST_BODY_ORDER, (key, value) =>
    key === "content" ? sortEntries(value, orderMediaType) : value,
  );
}

function orderResponse(response: unknown): unknown {
  if (!isObject(response)) return response;
  return orderKeys(response, RESPONSE_ORDER, (key, value) => {
    if (key === "content") return sortEntries(value, orderMediaType);
    return key === "headers" ? sortEntries(value, orderParameter) : value;
  });
}

function orderMediaType(mediaType: unknown): unknown {
  if (!isObject(mediaType)) return mediaType;
  return orderKeys(mediaType, MEDIA_TYPE_ORDER, (key, value) => (key === "schema" ? orderSchema(value) : value));
}

function orderComponents(components: JsonObject): JsonObject {
  const orderers: Readonly<Record<string, (value: unknown) => unknown>> = {
    schemas: orderSchema,
    responses: orderResponse,
    parameters: orderParameter,
    requestBodies: orderRequestBody,
    headers: orderParameter,
  };
  return orderKeys(components, COMPONENT_ORDER, (key, value) =>
    sortEntries(value, orderers[key] ?? ((entry) => entry)),
  );
}

function orderList(list: unknown, orderItem: (item: unknown) => unknown): unknown {
  return Array.isArray(list) ? list.map(orderItem) : list;
}
