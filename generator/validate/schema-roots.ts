import { asArray, isObject, toPointer, type JsonObject } from "../update-spec/json.js";
import { walkOperations } from "./walk-operations.js";

/** A schema to check, where it is, and the name diagnostics call it by ("Room.roomType"). */
export interface SchemaSite {
  readonly schema: JsonObject;
  readonly pointer: string;
  readonly name: string;
}

/**
 * The top-level schemas of the document: each component schema, and each schema written
 * inline in an operation's parameters, request body or responses.
 */
export function schemaRoots(document: JsonObject): SchemaSite[] {
  const roots: SchemaSite[] = [];
  const add = (schema: unknown, segments: readonly (string | number)[], name: string): void => {
    if (isObject(schema) && schema.$ref === undefined)
      roots.push({ schema, pointer: toPointer(segments), name });
  };
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas))
    add(schema, ["components", "schemas", name], name);
  for (const site of walkOperations(document)) {
    const at = ["paths", site.path, site.method];
    const opName = site.label.slice('Operation "'.length, -1);
    asArray(site.operation.parameters).forEach((parameter, index) => {
      if (!isObject(parameter)) return;
      add(
        parameter.schema,
        [...at, "parameters", index, "schema"],
        `${opName} parameter ${String(parameter.name)}`,
      );
    });
    const body = isObject(site.operation.requestBody) ? site.operation.requestBody : {};
    forEachMediaSchema(body, (mediaType, schema) =>
      add(schema, [...at, "requestBody", "content", mediaType, "schema"], `${opName} request body`),
    );
    const responses = isObject(site.operation.responses) ? site.operation.responses : {};
    for (const [status, response] of Object.entries(responses)) {
      forEachMediaSchema(asObjectOrEmpty(response), (mediaType, schema) =>
        add(
          schema,
          [...at, "responses", status, "content", mediaType, "schema"],
          `${opName} ${status} response`,
        ),
      );
    }
  }
  return roots;
}

function forEachMediaSchema(
  owner: JsonObject,
  visit: (mediaType: string, schema: unknown) => void,
): void {
  const content = isObject(owner.content) ? owner.content : {};
  for (const [mediaType, media] of Object.entries(content)) {
    if (isObject(media)) visit(mediaType, media.schema);
  }
}

function asObjectOrEmpty(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}
