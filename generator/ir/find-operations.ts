import { type BuildContext, report } from "./build-context.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { OperationSite } from "./build-operation.js";
import { toCamelCase } from "./names.js";
import { operationPathTemplate } from "./path-template.js";
import type { HttpMethod } from "./types.js";

const METHODS: readonly HttpMethod[] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/** The tag of operations that carry none. */
const DEFAULT_TAG = "Default";

/** An operation as found in the spec, before the names of all of them are settled together. */
export interface FoundOperation extends Omit<OperationSite, "methodName" | "facts" | "functionsFile" | "security"> {
  readonly wantedName: string;
  /** Every tag it carries that a class is generated for, in the spec's order. */
  readonly tags: readonly string[];
  /** Its position in the spec (paths, then methods, as written): who came first in a clash. */
  readonly documentOrder: number;
}

/**
 * The operations to generate, by path (code-unit order) and method. Left out, each with a
 * warning: TRACE (the runtime sends none) and a path the runtime cannot write.
 */
export function findOperations(ctx: BuildContext): FoundOperation[] {
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};
  const order = documentOrder(paths);
  const found: FoundOperation[] = [];
  for (const path of Object.keys(paths).sort(compareCodeUnits)) {
    const pathItem = paths[path];
    if (!isObject(pathItem)) continue;
    const pathPointer = pointerJoin("#/paths", path);
    if (isObject(pathItem.trace)) {
      report(
        ctx,
        "unsupported-method",
        pointerJoin(pathPointer, "trace"),
        `Operation TRACE ${path} is left out: the runtime sends no TRACE requests.`,
      );
    }
    for (const httpMethod of METHODS) {
      const operation = pathItem[httpMethod.toLowerCase()];
      if (!isObject(operation)) continue;
      const tags = selectedTags(operation, ctx.options.tags);
      if (tags.length === 0) continue;
      const pointer = pointerJoin(pathPointer, httpMethod.toLowerCase());
      const pathTemplate = operationPathTemplate(ctx, {
        label: `${httpMethod} ${path}`,
        path,
        pathItem,
        operation,
        pathPointer,
        operationPointer: pointer,
      });
      if (pathTemplate === undefined) continue;
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      // Validation has warned about a missing operationId (missing-operation-id).
      const wantedName = operationId ?? derivedName(httpMethod, path);
      const documentOrder = order.get(pointer) ?? 0;
      found.push({
        path,
        pathTemplate,
        httpMethod,
        pathItem,
        operation,
        pathPointer,
        pointer,
        wantedName,
        tags,
        documentOrder,
      });
    }
  }
  return found;
}

/** Operation pointer -> its position in the spec as written. */
function documentOrder(paths: JsonObject): Map<string, number> {
  const order = new Map<string, number>();
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const key of Object.keys(pathItem)) order.set(pointerJoin("#/paths", path, key), order.size);
  }
  return order;
}

/**
 * The tags of `operation` a class is generated for: all of them (or "Default" when it has
 * none), or, with a tag filter, those the filter names. An operation is kept when any matches.
 */
function selectedTags(operation: JsonObject, filter: readonly string[] | undefined): string[] {
  const declared = Array.isArray(operation.tags)
    ? operation.tags.filter((t): t is string => typeof t === "string")
    : [];
  const tags = [...new Set(declared.length > 0 ? declared : [DEFAULT_TAG])];
  return filter ? tags.filter((tag) => filter.includes(tag)) : tags;
}

/** "GET /api/v2/chats/rooms/{roomJid}" -> "getApiV2ChatsRoomsRoomJid". */
function derivedName(httpMethod: HttpMethod, path: string): string {
  return toCamelCase(`${httpMethod.toLowerCase()} ${path.replace(/[{}]/g, " ")}`);
}
