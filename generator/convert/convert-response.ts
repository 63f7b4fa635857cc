import { valueSchema } from "./convert-parameter.js";
import { convertSchema } from "./convert-schema.js";
import { isObject, pickExtensions, type JsonObject } from "../lib/json.js";

/**
 * Converts a Swagger 2.0 response to OpenAPI 3.0: the schema goes under one content entry per
 * media type the operation produces, response headers get a schema, examples move in.
 */
export function convertResponse(response: JsonObject, produces: readonly string[]): JsonObject {
  const converted: JsonObject = {};
  // OpenAPI requires a description; upstream always has one, but an empty one keeps it valid.
  converted.description = typeof response.description === "string" ? response.description : "";
  if (isObject(response.headers)) converted.headers = convertHeaders(response.headers);
  if (response.schema !== undefined) converted.content = responseContent(response, produces);
  return { ...converted, ...pickExtensions(response) };
}

function responseContent(response: JsonObject, produces: readonly string[]): JsonObject {
  const schema = convertSchema(response.schema);
  const examples = isObject(response.examples) ? response.examples : {};
  const content: JsonObject = {};
  for (const mediaType of produces) {
    const example = examples[mediaType];
    content[mediaType] = example === undefined ? { schema } : { schema, example };
  }
  return content;
}

function convertHeaders(headers: JsonObject): JsonObject {
  const converted: JsonObject = {};
  for (const [name, header] of Object.entries(headers)) {
    if (!isObject(header)) continue;
    const description = typeof header.description === "string" ? { description: header.description } : {};
    converted[name] = { ...description, schema: valueSchema(header), ...pickExtensions(header) };
  }
  return converted;
}
