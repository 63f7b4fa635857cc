import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { collectReachableRefs, namesUnder } from "../lib/refs.js";
import { convertSwagger2 } from "./convert-swagger2.js";
import { hoistSharedResponses } from "./hoist-responses.js";
import { isHttpMethod } from "../lib/http-methods.js";
import { asArray, asStringArray, isObject, type JsonObject } from "../lib/json.js";
import { orderDocument } from "./order-document.js";
import { pruneOpenApi3 } from "./prune-openapi3.js";
import { countOperations, selectOperationsByTag } from "./select-operations.js";

/** The converted spec, ready to serialise, and what the conversion found. */
export interface ConvertedSpec {
  readonly document: JsonObject;
  readonly operationCount: number;
  readonly schemaCount: number;
  readonly diagnostics: Diagnostic[];
}

/**
 * Turns an upstream description (Swagger 2.0 or OpenAPI 3.x) into the project's spec: the
 * operations tagged with one of `tags`, exactly the schemas they reach, OpenAPI 3.0 shapes,
 * shared error responses hoisted, keys in canonical order.
 */
export function convertUpstream(upstream: JsonObject, tags: readonly string[] | "all"): ConvertedSpec {
  const paths =
    tags === "all" ? (isObject(upstream.paths) ? upstream.paths : {}) : selectOperationsByTag(upstream.paths, tags);
  const operationCount = countOperations(paths);
  if (operationCount === 0) {
    return {
      document: {},
      operationCount,
      schemaCount: 0,
      diagnostics: [noOperationsDiagnostic(tags === "all" ? [] : tags)],
    };
  }
  const reached = collectReachableRefs(upstream, [paths]);
  const converted =
    upstream.swagger === "2.0"
      ? convertSwagger2(upstream, paths, namesUnder(reached, "#/definitions/"))
      : pruneOpenApi3(upstream, paths, reached);
  converted.tags = usedTags(upstream.tags, paths);
  if (asArray(converted.tags).length === 0) delete converted.tags;
  hoistSharedResponses(converted);
  const document = orderDocument(converted);
  const schemas = isObject(document.components) ? document.components.schemas : undefined;
  const schemaCount = isObject(schemas) ? Object.keys(schemas).length : 0;
  return { document, operationCount, schemaCount, diagnostics: [] };
}

/** The top-level tag entries that a kept operation uses, in upstream order. */
function usedTags(tags: unknown, paths: JsonObject): unknown[] {
  const used = new Set<string>();
  for (const pathItem of Object.values(paths)) {
    for (const [key, operation] of Object.entries(pathItem as JsonObject)) {
      if (isHttpMethod(key) && isObject(operation)) for (const tag of asStringArray(operation.tags)) used.add(tag);
    }
  }
  return asArray(tags).filter((tag) => isObject(tag) && typeof tag.name === "string" && used.has(tag.name));
}

function noOperationsDiagnostic(tags: readonly string[]): Diagnostic {
  const message =
    tags.length === 0
      ? "The upstream description has no operations."
      : `No operation in the upstream description is tagged ${tags.map((tag) => `"${tag}"`).join(" or ")}.`;
  return diagnostic("no-matching-operations", "#/paths", message);
}
