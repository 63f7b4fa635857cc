import type { OperationDef, ParamDef } from "../../generator/ir/types.js";

/** A JSON Schema object as it sits in the spec (OpenAPI 3.0 flavour). */
export type SchemaObject = Readonly<Record<string, unknown>>;

/** The parsed OpenAPI document. */
export type SpecDocument = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node at a local JSON pointer ("#/paths/~1a/get"); throws when nothing is there. */
export function resolvePointer(document: SpecDocument, pointer: string): unknown {
  const keys = pointer.replace(/^#/, "").split("/").slice(1);
  let node: unknown = document;
  for (const key of keys) {
    const name = key.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`Nothing at ${pointer} (stopped at "${name}").`);
    node = (node as Record<string, unknown>)[name];
  }
  if (node === undefined) throw new Error(`Nothing at ${pointer}.`);
  return node;
}

/** Follows `$ref`s until an inline object; the spec keeps every `$ref` local. */
export function deref(document: SpecDocument, node: unknown): SchemaObject {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long at ${current.$ref}.`);
    current = resolvePointer(document, current.$ref);
  }
  if (!isObject(current)) throw new Error(`Expected a schema object, got ${JSON.stringify(current)}.`);
  return current;
}

/** The schema of the operation's request body for its content type, when it has a body. */
export function requestBodySchema(document: SpecDocument, op: OperationDef): SchemaObject | undefined {
  if (!op.body) return undefined;
  const operation = deref(document, resolvePointer(document, op.specPointer));
  const requestBody = deref(document, operation.requestBody);
  return schemaForContent(document, requestBody, op.body.contentType);
}

/** The schema of the response the client resolves with (the IR's first 2xx), when it has a body. */
export function successResponseSchema(document: SpecDocument, op: OperationDef): SchemaObject | undefined {
  const success = op.responses.find((response) => /^2\d\d$/.test(response.status));
  if (!success || op.responseType === "void") return undefined;
  const operation = deref(document, resolvePointer(document, op.specPointer));
  const responses = deref(document, operation.responses);
  return schemaForContent(document, deref(document, responses[success.status]), "application/json");
}

/** The schema of one parameter (path, query, header or cookie). */
export function parameterSchema(document: SpecDocument, param: ParamDef): SchemaObject {
  return deref(document, deref(document, resolvePointer(document, param.specPointer)).schema);
}

function schemaForContent(document: SpecDocument, holder: SchemaObject, contentType: string): SchemaObject | undefined {
  const content = holder.content;
  if (!isObject(content)) return undefined;
  const media = content[contentType];
  return isObject(media) && media.schema !== undefined ? deref(document, media.schema) : undefined;
}
