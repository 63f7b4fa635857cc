import { namesUnder } from "../lib/refs.js";
import { isObject, type JsonObject } from "../lib/json.js";

/** Component kinds that are only kept when something kept refers to them. */
const REFERENCED_KINDS = [
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "examples",
  "links",
  "callbacks",
];

/**
 * Returns a copy of an OpenAPI 3.x document with the selected `paths` and only the
 * components that `reachedRefs` reach. Security schemes are kept whole: they are named by
 * security requirements, not by `$ref`.
 */
export function pruneOpenApi3(document: JsonObject, paths: JsonObject, reachedRefs: ReadonlySet<string>): JsonObject {
  const components = isObject(document.components) ? document.components : {};
  const pruned: JsonObject = {};
  for (const [kind, entries] of Object.entries(components)) {
    if (!REFERENCED_KINDS.includes(kind) || !isObject(entries)) {
      pruned[kind] = entries;
      continue;
    }
    const kept = namesUnder(reachedRefs, `#/components/${kind}/`);
    const keptEntries = Object.fromEntries(Object.entries(entries).filter(([name]) => kept.has(name)));
    if (Object.keys(keptEntries).length > 0) pruned[kind] = keptEntries;
  }
  return { ...document, paths, components: pruned };
}
