import { type BuildContext, type BuildOptions, createBuildContext, text } from "./build-context.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { buildComponentModels } from "./build-models.js";
import { breakImmediateCycles } from "./break-cycles.js";
import { type OperationSite, buildOperation } from "./build-operation.js";
import { NameRegistry, isReservedWord, toCamelCase, toKebabCase, toPascalCase } from "./names.js";
import { NEUTRAL_BUILD_PROFILE } from "./profile.js";
import { report } from "./build-context.js";
import type { ApiDef, HttpMethod, OperationDef, ResourceDef, ResponseDef } from "./types.js";

const METHODS: readonly HttpMethod[] = ["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];
/**
 * Values the generated package exports besides operation functions and classes, globals the
 * generated functions call (an operation named `String` would shadow it), names strict mode
 * forbids for a function, and the classes' own members.
 */
const RUNTIME_VALUES = [
  "paginate", "request", "path", "ApiClient",
  "String", "JSON", "encodeURIComponent", "Error", "Promise", "Object", "Array", "Symbol",
  "eval", "arguments", "constructor", "client", "operations", "prototype", "toString",
];

/** The tag of operations that carry none. */
const DEFAULT_TAG = "Default";

/** An operation as found in the spec, before the names of all of them are settled together. */
interface FoundOperation extends Omit<OperationSite, "methodName" | "facts" | "functionsFile"> {
  readonly wantedName: string;
  /** Every tag it carries that a class is generated for, in the spec's order. */
  readonly tags: readonly string[];
}

/**
 * Builds the whole IR from an OpenAPI 3.x document that validation has passed. Never throws on
 * bad input: it reports what it cannot generate.
 */
export function buildApi(document: JsonObject, options: BuildOptions = {}): { api: ApiDef; diagnostics: Diagnostic[] } {
  const ctx = createBuildContext(document, options);
  const profile = options.profile ?? NEUTRAL_BUILD_PROFILE;
  buildComponentModels(ctx);
  const found = findOperations(ctx);
  const classes = classNames(found);
  const factsOf = profile.operationFacts(found.map((op) => op.operation));
  const operations = nameOperations(ctx, found, [...classes.values()].map((c) => c.className)).map(({ found: op, methodName }) => ({
    tags: op.tags,
    def: buildOperation(ctx, {
      ...op,
      methodName,
      facts: factsOf(op.operation),
      functionsFile: classes.get(op.tags[0]!)!.fileName,
    }),
  }));
  const info = isObject(document.info) ? document.info : {};
  const api: ApiDef = {
    title: text(info.title) ?? "API",
    // YAML reads an unquoted `version: 1` as a number; it is still the version.
    version: text(typeof info.version === "number" ? String(info.version) : info.version) ?? "",
    description: text(info.description),
    resources: groupByTag(operations, classes),
    commonResponses: commonResponses(operations.map((op) => op.def)),
    models: breakImmediateCycles(ctx, [...ctx.models.values()]).sort((a, b) => compareCodeUnits(a.name, b.name)),
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
      const tags = selectedTags(operation, ctx.options.tags);
      if (tags.length === 0) continue;
      const pointer = pointerJoin(pathPointer, httpMethod.toLowerCase());
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      // Validation has warned about a missing operationId (missing-operation-id).
      const wantedName = operationId ?? derivedName(httpMethod, path);
      found.push({ path, httpMethod, pathItem, operation, pathPointer, pointer, wantedName, tags });
    }
  }
  return found;
}

/**
 * The tags of `operation` a class is generated for: all of them (or "Default" when it has
 * none), or, with a tag filter, those the filter names. An operation is kept when any matches.
 */
function selectedTags(operation: JsonObject, filter: readonly string[] | undefined): string[] {
  const declared = Array.isArray(operation.tags) ? operation.tags.filter((t): t is string => typeof t === "string") : [];
  const tags = [...new Set(declared.length > 0 ? declared : [DEFAULT_TAG])];
  return filter ? tags.filter((tag) => filter.includes(tag)) : tags;
}

/** "GET /api/v2/chats/rooms/{roomJid}" -> "getApiV2ChatsRoomsRoomJid". */
function derivedName(httpMethod: HttpMethod, path: string): string {
  return toCamelCase(`${httpMethod.toLowerCase()} ${path.replace(/[{}]/g, " ")}`);
}

interface ClassName {
  readonly className: string;
  readonly fileName: string;
}

/** Tag -> its class and file names, unique case-insensitively, claimed in tag order. */
function classNames(found: readonly FoundOperation[]): Map<string, ClassName> {
  const tags = [...new Set(found.flatMap((op) => op.tags))].sort(compareCodeUnits);
  const registry = new NameRegistry();
  return new Map(tags.map((tag) => {
    const className = registry.claim(`${toPascalCase(tag)}Api`);
    return [tag, { className, fileName: toKebabCase(className) }];
  }));
}

/** Safe, unique method names, assigned in sorted order so suffixes are stable. */
function nameOperations(ctx: BuildContext, found: FoundOperation[], classNames: readonly string[]) {
  // A function named like a class would clash with it in the package's index.
  const registry = new NameRegistry([...RUNTIME_VALUES, ...classNames]);
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
        : classNames.some((c) => c.toLowerCase() === safe.toLowerCase()) ? `"${safe}" is the name of a generated class`
        : `"${safe}" is a name the generated package already uses`;
      report(ctx, "renamed-identifier", op.pointer,
        `Operation "${op.wantedName}" is generated as "${methodName}" because ${why}.`);
    }
    return { found: op, methodName };
  });
}

/** The non-2xx responses that every operation has, with the same description and type. */
function commonResponses(operations: readonly OperationDef[]): ResponseDef[] {
  const key = (r: ResponseDef) => JSON.stringify([r.status, r.description, r.type ?? null]);
  const [first, ...rest] = operations;
  if (!first || rest.length === 0) return [];
  const shared = new Set(first.responses.filter((r) => !r.status.startsWith("2")).map(key));
  for (const op of rest) {
    const own = new Set(op.responses.map(key));
    for (const k of shared) if (!own.has(k)) shared.delete(k);
  }
  return first.responses.filter((r) => shared.has(key(r)));
}

/** One resource per tag, holding every operation that carries the tag. */
function groupByTag(
  operations: readonly { tags: readonly string[]; def: OperationDef }[],
  classes: ReadonlyMap<string, ClassName>,
): ResourceDef[] {
  const byTag = new Map<string, OperationDef[]>();
  for (const { tags, def } of operations) {
    for (const tag of tags) {
      const list = byTag.get(tag) ?? [];
      list.push(def);
      byTag.set(tag, list);
    }
  }
  return [...classes].map(([tag, { className, fileName }]) => ({
    tag,
    className,
    fileName,
    operations: byTag.get(tag)!.sort((a, b) => compareCodeUnits(a.methodName, b.methodName)),
  }));
}
