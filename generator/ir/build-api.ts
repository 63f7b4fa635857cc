import {
  type BuildContext,
  type BuildOptions,
  type JsonObject,
  createBuildContext,
  isObject,
  pointerJoin,
  report,
  text,
} from "./build-context.js";
import { buildComponentModels } from "./build-models.js";
import { buildOperation } from "./build-operation.js";
import { NameRegistry, compareCodeUnits, isReservedWord, toCamelCase, toKebabCase, toPascalCase } from "./names.js";
import type { ApiDef, Diagnostic, HttpMethod, OperationDef, ResourceDef } from "./types.js";

const METHODS: readonly HttpMethod[] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];
/** Values the generated package exports besides operation functions. */
const RUNTIME_VALUES = ["paginate", "request", "path", "ApiClient", "ChatApi"];

interface FoundOperation {
  readonly path: string;
  readonly httpMethod: HttpMethod;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  readonly pathPointer: string;
  readonly pointer: string;
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
    models: [...ctx.models].sort((a, b) => compareCodeUnits(a.name, b.name)),
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
    for (const httpMethod of METHODS) {
      const operation = pathItem[httpMethod.toLowerCase()];
      if (!isObject(operation)) continue;
      const tags = Array.isArray(operation.tags) ? operation.tags.filter((t) => typeof t === "string") : [];
      const tag = (tags[0] as string | undefined) ?? "Default";
      if (ctx.options.tags && !ctx.options.tags.includes(tag)) continue;
      const pointer = pointerJoin(pathPointer, httpMethod.toLowerCase());
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      const wantedName = operationId ?? derivedName(httpMethod, path);
      if (operationId === undefined) {
        report(ctx, "warning", "missing-operation-id", pointer,
          `Operation ${httpMethod} ${path} has no operationId, so it is generated as "${wantedName}".`);
      }
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
  const sorted = [...found].sort((a, b) =>
    compareCodeUnits(a.wantedName, b.wantedName) || compareCodeUnits(a.pointer, b.pointer));
  return sorted.map((op) => {
    const camel = toCamelCase(op.wantedName);
    const safe = isReservedWord(camel) ? `${camel}Operation` : camel;
    const methodName = registry.claim(safe);
    if (methodName !== op.wantedName && op.operation.operationId !== undefined) {
      const why = camel !== op.wantedName ? "is not an identifier"
        : safe !== camel ? "is a reserved word" : "is already used";
      report(ctx, "warning", "renamed-identifier", op.pointer,
        `Operation "${op.wantedName}" is generated as "${methodName}" because "${op.wantedName}" ${why}.`);
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
