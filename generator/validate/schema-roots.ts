import { asArray, isObject, type JsonObject } from "../lib/json.js";
import { toPointer } from "../lib/json-pointer.js";
import { walkOperations } from "./walk-operations.js";

/** A schema to check, where it is, and the name diagnostics call it by ("Room.roomType"). */
export interface SchemaSite {
  readonly schema: JsonObject;
  readonly pointer: string;
  readonly name: string;
}

type Segments = readonly (string | number)[];
type AddSchema = (schema: unknown, segments: Segments, name: string) => void;

/**
 * The top-level schemas of the document, wherever the generator reads one: component schemas;
 * the schemas of component parameters, request bodies, responses and headers; and those written
 * inline in path items and operations (parameters, request bodies, responses, response headers).
 */
export function schemaRoots(document: JsonObject): SchemaSite[] {
  const roots: SchemaSite[] = [];
  const add: AddSchema = (schema, segments, name) => {
    if (isObject(schema) && schema.$ref === undefined) roots.push({ schema, pointer: toPointer(segments), name });
  };
  const components = isObject(document.components) ? document.components : {};
  for (const [name, schema] of entries(components.schemas)) add(schema, ["components", "schemas", name], name);
  for (const [name, parameter] of entries(components.parameters)) {
    addParameter(add, parameter, ["components", "parameters", name], `parameter ${name}`);
  }
  for (const [name, body] of entries(components.requestBodies)) {
    addContent(add, body, ["components", "requestBodies", name], `request body ${name}`);
  }
  for (const [name, response] of entries(components.responses)) {
    addResponse(add, response, ["components", "responses", name], `response ${name}`);
  }
  for (const [name, header] of entries(components.headers)) {
    addParameter(add, header, ["components", "headers", name], `header ${name}`);
  }
  const pathItems = new Set<unknown>();
  for (const site of walkOperations(document)) {
    if (!pathItems.has(site.pathItem)) {
      pathItems.add(site.pathItem);
      for (const [index, parameter] of asArray(site.pathItem.parameters).entries()) {
        addParameter(add, parameter, ["paths", site.path, "parameters", index], `path ${site.path} parameter`);
      }
    }
    const at = ["paths", site.path, site.method];
    const opName = site.label.slice('Operation "'.length, -1);
    for (const [index, parameter] of asArray(site.operation.parameters).entries()) {
      addParameter(add, parameter, [...at, "parameters", index], `${opName} parameter`);
    }
    addContent(add, site.operation.requestBody, [...at, "requestBody"], `${opName} request body`);
    for (const [status, response] of entries(site.operation.responses)) {
      addResponse(add, response, [...at, "responses", status], `${opName} ${status} response`);
    }
  }
  return roots;
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

/** A parameter or header: its `schema`, or the schemas of its `content`. */
function addParameter(add: AddSchema, parameter: unknown, at: Segments, label: string): void {
  if (!isObject(parameter)) return;
  const name = typeof parameter.name === "string" ? `${label} ${parameter.name}` : label;
  add(parameter.schema, [...at, "schema"], name);
  addContent(add, parameter, at, name);
}

function addResponse(add: AddSchema, response: unknown, at: Segments, label: string): void {
  if (!isObject(response)) return;
  addContent(add, response, at, label);
  for (const [name, header] of entries(response.headers)) {
    addParameter(add, header, [...at, "headers", name], `${label} header ${name}`);
  }
}

function addContent(add: AddSchema, owner: unknown, at: Segments, label: string): void {
  if (!isObject(owner)) return;
  for (const [mediaType, media] of entries(owner.content)) {
    if (isObject(media)) add(media.schema, [...at, "content", mediaType, "schema"], label);
  }
}
