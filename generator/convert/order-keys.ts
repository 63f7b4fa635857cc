import { compareCodeUnits } from "../lib/compare.js";
import { isObject, type JsonObject } from "../lib/json.js";

/**
 * Rebuilds `node` with its keys in `knownOrder`, then any other keys sorted, then the `x-`
 * extensions sorted. `transform` may rewrite each value on the way (for nested objects).
 */
export function orderKeys(
  node: JsonObject,
  knownOrder: readonly string[],
  transform: (key: string, value: unknown) => unknown = (_key, value) => value,
): JsonObject {
  const keys = Object.keys(node);
  const known = knownOrder.filter((key) => Object.hasOwn(node, key));
  const others = keys.filter((key) => !knownOrder.includes(key) && !key.startsWith("x-")).sort(compareCodeUnits);
  const extensions = keys.filter((key) => key.startsWith("x-")).sort(compareCodeUnits);
  const ordered: JsonObject = {};
  for (const key of [...known, ...others, ...extensions]) ordered[key] = transform(key, node[key]);
  return ordered;
}

/** Rebuilds a map (schemas, responses, media types) with its entries sorted by name. */
export function sortEntries(node: unknown, transform: (value: unknown) => unknown): unknown {
  if (!isObject(node)) return node;
  const sorted: JsonObject = {};
  for (const key of Object.keys(node).sort(compareCodeUnits)) sorted[key] = transform(node[key]);
  return sorted;
}

/** Rebuilds a map keeping its entry order (schema properties stay in upstream order). */
export function mapEntries(node: unknown, transform: (value: unknown) => unknown): unknown {
  if (!isObject(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, transform(value)]));
}
