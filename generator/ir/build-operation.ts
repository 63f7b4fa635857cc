import { type BuildContext, text } from "./build-context.js";
import type { JsonObject } from "../lib/json.js";
import { buildBody } from "./build-body.js";
import { buildParameters } from "./build-parameters.js";
import { buildResponses } from "./build-responses.js";
import { toPascalCase } from "./names.js";
import { NEUTRAL_BUILD_PROFILE, type OperationFacts } from "./profile.js";
import type { HttpMethod, OperationDef, OperationDocsDef, SecurityRequirementDef } from "./types.js";

export interface OperationSite {
  readonly path: string;
  /** The template the runtime fills (RFC 6570 label and matrix forms written out). */
  readonly pathTemplate: string;
  readonly httpMethod: HttpMethod;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  readonly pathPointer: string;
  readonly pointer: string;
  /** Decided by the caller, which sees every operation and settles collisions. */
  readonly methodName: string;
  /** Permissions and preview, as the vendor profile reads them. */
  readonly facts: OperationFacts;
  /** The file under src/operations/ that defines the operation's function. */
  readonly functionsFile: string;
  /** The requirements it states itself, when they differ from the document's. */
  readonly security?: readonly SecurityRequirementDef[];
}

/** Builds one operation: parameters in signature order, body, result, docs and paging. */
export function buildOperation(ctx: BuildContext, site: OperationSite): OperationDef {
  const { operation, methodName, pointer } = site;
  const params = buildParameters(ctx, {
    path: site.path,
    pathItem: site.pathItem,
    operation,
    pathPointer: site.pathPointer,
    operationPointer: pointer,
    methodName,
  });
  const { responses, result, responseType, accept, bodyOptional } = buildResponses(ctx, {
    operation,
    pointer,
    methodName,
  });
  const queryParams = params.filter((p) => p.location === "query");
  const profile = ctx.options.profile ?? NEUTRAL_BUILD_PROFILE;
  return {
    operationId: typeof operation.operationId === "string" ? operation.operationId : methodName,
    methodName,
    httpMethod: site.httpMethod,
    pathTemplate: site.pathTemplate,
    pathParams: params.filter((p) => p.location === "path"),
    positionalParams: params.filter((p) => p.required),
    queryParams,
    headerParams: params.filter((p) => p.location === "header"),
    cookieParams: params.filter((p) => p.location === "cookie"),
    body: buildBody(ctx, { operation, pointer, methodName }),
    result,
    responseType,
    ...(accept ? { accept } : {}),
    ...(bodyOptional ? { bodyOptional } : {}),
    responses,
    ...(site.security ? { security: site.security } : {}),
    optionsTypeName: ctx.typeNames.claim(`${toPascalCase(methodName)}Options`),
    paging: profile.paging({ methodName, queryParams, result, models: ctx.models }),
    docs: buildDocs(operation, site.facts),
    functionsFile: site.functionsFile,
    specPointer: pointer,
  };
}

function buildDocs(operation: JsonObject, facts: OperationFacts): OperationDocsDef {
  return {
    summary: text(operation.summary),
    description: text(operation.description),
    deprecated: operation.deprecated === true ? true : undefined,
    ...facts,
  };
}
