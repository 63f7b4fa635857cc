import { HTTP_METHODS } from "../lib/http-methods.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { toPointer } from "../lib/json-pointer.js";

/** One operation of the document, with what diagnostics need to name and locate it. */
export interface OperationSite {
  readonly path: string;
  readonly method: string;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  /** "#/paths/~1api~1v2~1chats~1rooms/post". */
  readonly pointer: string;
  /** `Operation "postChatsRooms"`, or `Operation "POST /api/v2/chats/rooms"` without an id. */
  readonly label: string;
}

/** Every operation under `paths` that is generated (all but TRACE), in document order. */
export function walkOperations(document: JsonObject): OperationSite[] {
  const sites: OperationSite[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      // TRACE is left out of generation (the IR says so), so its contents are not checked.
      if (method === "trace") continue;
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      sites.push({
        path,
        method,
        pathItem,
        operation,
        pointer: toPointer(["paths", path, method]),
        label: `Operation "${operationName(operation, method, path)}"`,
      });
    }
  }
  return sites;
}

function operationName(operation: JsonObject, method: string, path: string): string {
  const id = operation.operationId;
  return typeof id === "string" && id !== "" ? id : `${method.toUpperCase()} ${path}`;
}
