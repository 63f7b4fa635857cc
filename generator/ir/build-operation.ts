import { type BuildContext, text } from "./build-context.js";
import { type JsonObject, isObject } from "../lib/json.js";
import { buildBody } from "./build-body.js";
import { buildPaging } from "./build-paging.js";
import { buildParameters } from "./build-parameters.js";
import { buildResponses } from "./build-responses.js";
import { toPascalCase } from "./names.js";
import type { HttpMethod, OperationDef, OperationDocsDef, ParamDef } from "./types.js";

export interface OperationSite {
  readonly path: string;
  readonly httpMethod: HttpMethod;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  readonly pathPointer: string;
  readonly pointer: string;
  /** Decided by the caller, which sees every operation and settles collisions. */
  readonly methodName: string;
  /** Whether a missing permissions extension means "requires no permissions". */
  readonly permissionsByDefault: boolean;
}

/** Builds one operation: parameters in signature order, body, result, docs and paging. */
export function buildOperation(ctx: BuildContext, site: OperationSite): OperationDef {
  const { operation, methodName, pointer } = site;
  const params = buildParameters(ctx, {
    pathItem: site.pathItem,
    operation,
    pathPointer: site.pathPointer,
    operationPointer: pointer,
    methodName,
  });
  const { responses, result, responseType } = buildResponses(ctx, { operation, pointer, methodName });
  const queryParams = params.filter((p) => p.location === "query");
  return {
    operationId: typeof operation.operationId === "string" ? operation.operationId : methodName,
    methodName,
    httpMethod: site.httpMethod,
    pathTemplate: site.path,
    pathParams: inPathOrder(site.path, params.filter((p) => p.location === "path")),
    queryParams,
    headerParams: params.filter((p) => p.location === "header"),
    cookieParams: params.filter((p) => p.location === "cookie"),
    body: buildBody(ctx, { operation, pointer, methodName }),
    result,
    responseType,
    responses,
    optionsTypeName: ctx.typeNames.claim(`${toPascalCase(methodName)}Options`),
    paging: buildPaging(ctx, { methodName, queryParams, result }),
    docs: buildDocs(operation, site.permissionsByDefault),
    specPointer: pointer,
  };
}

/** Path parameters in the order their `{slots}` appear in the template. */
function inPathOrder(path: string, params: ParamDef[]): ParamDef[] {
  const position = (p: ParamDef) => {
    const at = path.indexOf(`{${p.name}}`);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  return [...params].sort((a, b) => position(a) - position(b));
}

/**
 * In a Genesys spec (one that lists permissions at all), an operation without the
 * extension requires none; elsewhere nothing is known, so nothing is said.
 */
function buildDocs(operation: JsonObject, permissionsByDefault: boolean): OperationDocsDef {
  const permissions = operation["x-inin-requires-permissions"];
  const list = isObject(permissions) && Array.isArray(permissions.permissions)
    ? permissions.permissions.filter((p): p is string => typeof p === "string")
    : undefined;
  return {
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true ? true : undefined,
    preview: operation["x-genesys-preview"] === true,
    permissions: isObject(permissions) && list
      ? { type: permissions.type === "ALL" ? "ALL" : "ANY", permissions: list }
      : permissionsByDefault ? { type: "ANY", permissions: [] } : undefined,
  };
}
