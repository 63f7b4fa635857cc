import { valueSchema } from "./convert-parameter.js";
import { convertSchema } from "./convert-schema.js";
import { isObject, pickExtensions, type JsonObject } from "../lib/json.js";

const FORM_MEDIA_TYPES = ["multipart/form-data", "application/x-www-form-urlencoded"];

/** Converts a Swagger 2.0 `in: body` parameter to a requestBody with one entry per media type. */
export function bodyToRequestBody(body: JsonObject, consumes: readonly string[]): JsonObject {
  const schema = convertSchema(body.schema);
  const content = Object.fromEntries(consumes.map((mediaType) => [mediaType, { schema }]));
  const requestBody: JsonObject = {};
  if (typeof body.description === "string") requestBody.description = body.description;
  // Swagger 2.0 bodies are optional unless marked; OpenAPI 3.0 shares that default.
  requestBody.required = body.required === true;
  requestBody.content = content;
  return { ...requestBody, ...pickExtensions(body) };
}

/** Converts the `in: formData` parameters of one operation to a form requestBody. */
export function formDataToRequestBody(fields: readonly JsonObject[], consumes: readonly string[]): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const field of fields) {
    const name = String(field.name);
    const schema = valueSchema(field);
    if (typeof field.description === "string") schema.description = field.description;
    properties[name] = schema;
    if (field.required === true) required.push(name);
  }
  const schema: JsonObject = {
    type: "object",
    ...(required.length > 0 ? { required } : {}),
    properties,
  };
  const formTypes = consumes.filter((type) => FORM_MEDIA_TYPES.includes(type));
  const mediaTypes = formTypes.length > 0 ? formTypes : [defaultFormType(fields)];
  const content = Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, { schema }]));
  return { required: required.length > 0, content };
}

/** A file upload needs multipart; anything else fits in a urlencoded form. */
function defaultFormType(fields: readonly JsonObject[]): string {
  return fields.some((field) => field.type === "file") ? FORM_MEDIA_TYPES[0]! : FORM_MEDIA_TYPES[1]!;
}

/** True for a Swagger 2.0 parameter that carries the body (and so leaves `parameters`). */
export function isBodyLike(parameter: unknown): parameter is JsonObject {
  return isObject(parameter) && (parameter.in === "body" || parameter.in === "formData");
}
