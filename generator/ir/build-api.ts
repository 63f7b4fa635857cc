import { type BuildContext, type BuildOptions, createBuildContext, report, text } from "./build-context.js";
import { type JsonObject, isObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { buildComponentModels } from "./build-models.js";
import { breakImmediateCycles } from "./break-cycles.js";
import { type OperationSite, buildOperation } from "./build-operation.js";
import { NameRegistry, isReservedWord, toCamelCase, toKebabCase, toPascalCase } from "./names.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { ApiDef, HttpMethod, OperationDef, ResourceDef } from "./types.js";
import type { Diagnostic } from "../diagnostics/index.js";

const METHODS: readonly HttpMethod[] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];
/**
 * Values the generated package exports besides operation functions, globals the generated
 * functions call (an operation named `String` would shadow it), names strict mode forbids
 * for a function, and the class's own members.
 */
const RUNTIME_VALUES = [
  "paginate", "request", "path", "ApiClient", "ChatApi",
  "String", "JSON", "encodeURIComponent", "Error", "Promise", "Object", "Array", "Symbol",
  "eval", "arguments", "constructor", "client", "operations", "prototype", "toString",
];

/** An operation as found in the spec, before the names of all of them are settled together. */
interface FoundOperation extends Omit<OperationSite, "methodName" | "permissionsByDefault"> {
  readonly wantedName: string;
  readonly tag: string;
}

/** Builds the whole IR from an OpenAPI 3.x document. Never throws on bad input: it reports. */
export function buildApi(document: JsonObject, options: BuildOptions = {}): { api: ApiDef; diagnostics: Diagnostic[] } {
  const ctx = createBuildContext(document, options);
  buildComponentModels(ctx);
  const found = findOperations(ctx);
  const permissionsByDefault = found.some((op) => op.operation["x-inin-requires-permissions"] !== undefined);
  const operations = nameOperations(ctx, found).map(({ found: op, methodName }) =>
    ({ tag: op.tag, def: buildOperation(ctx, { ...op, methodName, permissionsByDefault }) }),
  );
  const info = isObject(document.info) ? document.info : {};
  const api: ApiDef = {
    title: text(info.title) ?? "API",
    version: text(info.version) ?? "",
    description: text(info.description),
    resources: groupByTag(operations),
    models: breakImmediateCycles(ctx, ctx.models).sort((a, b) => compareCodeUnits(a.name, b.name)),
  };
  return { api, diagnostics: ctx.diagnostics };
}

function findOperations(ctx: BuildContext): FoundOperation[] {
  const paths = isObject(ctx.document.paths) ? ctx.document.paths : {};
  const found: FoundOperation[] = [];
  for (const path of Object.keys(paths).sort(compareCodeUnits)) {
    const pathItem = paths[path];
    if (!isObject(pathItem)) continue;
    const pathPointer = pointerJoin("#/paths", path);
    if (isObject(pathItem.trace)) {
      report(ctx, "unsupported-method", pointerJoin(pathPointer, "trace"),
        `Operation TRACE ${path} cannot be generated: the runtime sends no TRACE requests.`);
    }
    for (const httpMethod of METHODS) {
      const operation = pathItem[httpMethod.toLowerCase()];
      if (!isObject(operation)) continue;
      const tags = Array.isArray(operation.tags) ? operation.tags.filter((t) => typeof t === "string") : [];
      const tag = (tags[0] as string | undefined) ?? "Default";
      if (ctx.options.tags && !ctx.options.tags.includes(tag)) continue;
      const pointer = pointerJoin(pathPointer, httpMethod.toLowerCase());
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      // Validation has warned about a missing operationId (missing-operation-id).
      const wantedName = operationId ?? derivedName(httpMethod, path);
      found.push({ path, httpMethod, pathItem, operation, pathPointer, pointer, wantedName, tag });
    }
  }
  return found;
}

/** "GET /api/v2/chats/rooms/{roomJid}" -> "getApiV2ChatsRoomsRoomJid". */
function derivedName(httpMethod: HttpMethod, path: string): string {
  return toCamelCase(`${httpMethod.toLowerCase()} ${path.replace(/[{}]/g, " ")}`);
}

/** Safe, unique method names, assigned in sorted order so suffixes are stable. */
function nameOperations(ctx: BuildContext, found: FoundOperation[]) {
  const registry = new NameRegistry(RUNTIME_VALUES);
  // Lower-cased name -> the operation that took it, to name both sides of a clash.
  const owners = new Map<string, string>();
  const sorted = [...found].sort((a, b) =>
    compareCodeUnits(a.wantedName, b.wantedName) || compareCodeUnits(a.pointer, b.pointer));
  return sorted.map((op) => {
    const camel = toCamelCase(op.wantedName);
    const safe = isReservedWord(camel) ? `${camel}Operation` : camel;
    const methodName = registry.claim(safe);
    const owner = owners.get(safe.toLowerCase());
    owners.set(methodName.toLowerCase(), `${op.httpMethod} ${op.path}`);
    if (methodName !== op.wantedName && op.operation.operationId !== undefined) {
      const why = camel !== op.wantedName ? `"${op.wantedName}" is not an identifier`
        : safe !== camel ? `"${op.wantedName}" is a reserved word`
        : owner !== undefined ? `"${safe}" is already the name of ${owner}`
        : `"${safe}" is a name the generated package already uses`;
      report(ctx, "renamed-identifier", op.pointer,
        `Operation "${op.wantedName}" is generated as "${methodName}" because ${why}.`);
    }
    return { found: op, methodName };
  });
}

function groupByTag(operations: { tag: string; def: OperationDef }[]): ResourceDef[] {
  const byTag = new Map<string, OperationDef[]>();
  for (const { tag, def } of operations) byTag.set(tag, [...(byTag.get(tag) ?? []), def]);
  const classNames = new NameRegistry();
  return [...byTag.keys()].sort(compareCodeUnits).map((tag) => {
    const className = classNames.claim(`${toPascalCase(tag)}Api`);
    return {
      tag,
      className,
      fileName: toKebabCase(className),
      operations: byTag.get(tag)!.sort((a, b) => compareCodeUnits(a.methodName, b.methodName)),
    };
  });
}
