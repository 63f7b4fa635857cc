import { isHttpMethod } from "../lib/http-methods.js";
import { asStringArray, isObject, type JsonObject } from "../lib/json.js";

/**
 * Keeps the operations whose `tags` include one of `tags`, dropping path items left empty.
 * Works on Swagger 2.0 and OpenAPI 3.x `paths` alike; path-level keys (`parameters`, `x-`)
 * travel with the operations they belong to. Two paths that differ only in a parameter name
 * stay two path items: upstream really publishes them that way.
 */
export function selectOperationsByTag(paths: unknown, tags: readonly string[]): JsonObject {
  const selected: JsonObject = {};
  if (!isObject(paths)) return selected;
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    const kept = keepTaggedOperations(pathItem, tags);
    if (kept) selected[path] = kept;
  }
  return selected;
}

function keepTaggedOperations(pathItem: JsonObject, tags: readonly string[]): JsonObject | undefined {
  const kept: JsonObject = {};
  let operationCount = 0;
  for (const [key, value] of Object.entries(pathItem)) {
    if (!isHttpMethod(key)) {
      kept[key] = value;
      continue;
    }
    if (isObject(value) && asStringArray(value.tags).some((tag) => tags.includes(tag))) {
      kept[key] = value;
      operationCount += 1;
    }
  }
  return operationCount > 0 ? kept : undefined;
}

/** Counts the operations in a `paths` object. */
export function countOperations(paths: JsonObject): number {
  return Object.values(paths)
    .filter(isObject)
    .reduce((count, item) => count + Object.keys(item).filter(isHttpMethod).length, 0);
}
