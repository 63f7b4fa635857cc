import { type BuildContext, type BuildOptions, createBuildContext, report, text } from "./build-context.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { compareCodeUnits } from "../lib/compare.js";
import type { Diagnostic } from "../diagnostics/index.js";
import { buildComponentModels } from "./build-models.js";
import { buildRequirements, buildSecuritySchemes, operationSecurity } from "./build-security.js";
import { buildServers } from "./build-servers.js";
import { breakImmediateCycles } from "./break-cycles.js";
import { settleExtends } from "./settle-extends.js";
import { openResponseEnums } from "./open-enums.js";
import { responseKey } from "./response-key.js";
import { buildOperation } from "./build-operation.js";
import { NameRegistry, isReservedWord, toCamelCase, toKebabCase, toPascalCase } from "./names.js";
import { NEUTRAL_BUILD_PROFILE } from "./profile.js";
import { type FoundOperation, findOperations } from "./find-operations.js";
import type { ApiDef, ModelDef, OperationDef, ResourceDef, ResponseDef } from "./types.js";

/**
 * Values the generated package exports besides operation functions and classes, globals the
 * generated functions call (an operation named `String` would shadow it), names strict mode
 * forbids for a function, and the classes' own members.
 */
const RUNTIME_VALUES = [
  "paginate",
  "request",
  "path",
  "ApiClient",
  "String",
  "JSON",
  "encodeURIComponent",
  "Error",
  "Promise",
  "Object",
  "Array",
  "Symbol",
  "eval",
  "arguments",
  "constructor",
  "client",
  "operations",
  "prototype",
  "toString",
];

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
  const access = buildAccess(ctx);
  const operations = nameOperations(
    ctx,
    found,
    [...classes.values()].map((c) => c.className),
  ).map(({ found: op, methodName }) => ({
    tags: op.tags,
    def: buildOperation(ctx, {
      ...op,
      methodName,
      facts: factsOf(op.operation),
      functionsFile: classes.get(op.tags[0]!)!.fileName,
      security: operationSecurity(ctx, op.operation, op.pointer, access),
    }),
  }));
  const info = isObject(document.info) ? document.info : {};
  const api: ApiDef = {
    title: text(info.title) ?? "API",
    // YAML reads an unquoted `version: 1` as a number; it is still the version.
    version: text(typeof info.version === "number" ? String(info.version) : info.version) ?? "",
    description: text(info.description),
    servers: buildServers(ctx),
    securitySchemes: access.schemes,
    security: access.security,
    ...(profile.name ? { conventions: profile.name } : {}),
    resources: groupByTag(operations, classes),
    commonResponses: commonResponses(operations.map((op) => op.def)),
    models: finishedModels(
      ctx,
      operations.map((op) => op.def),
    ),
  };
  return { api, diagnostics: ctx.diagnostics };
}

/** The security schemes, and the document's requirements that operations inherit. */
function buildAccess(ctx: BuildContext) {
  const schemes = buildSecuritySchemes(ctx);
  return { schemes, security: buildRequirements(ctx, ctx.document.security, "#/security", schemes) };
}

interface ClassName {
  readonly className: string;
  readonly fileName: string;
}

/** Tag -> its class and file names, unique case-insensitively, claimed in tag order. */
function classNames(found: readonly FoundOperation[]): Map<string, ClassName> {
  const tags = [...new Set(found.flatMap((op) => op.tags))].sort(compareCodeUnits);
  const registry = new NameRegistry();
  return new Map(
    tags.map((tag) => {
      const className = registry.claim(`${toPascalCase(tag)}Api`);
      return [tag, { className, fileName: toKebabCase(className) }];
    }),
  );
}

/** Safe, unique method names, assigned in sorted order so suffixes are stable. */
function nameOperations(ctx: BuildContext, found: FoundOperation[], classNames: readonly string[]) {
  // A function named like a class would clash with it in the package's index.
  const registry = new NameRegistry([...RUNTIME_VALUES, ...classNames]);
  // Lower-cased name -> the operation that took it, to name both sides of a clash.
  const owners = new Map<string, string>();
  // operationId -> the operation that has it first.
  const ids = new Map<string, string>();
  // Of two operations with one id, the one written first in the spec keeps it.
  const sorted = [...found].sort(
    (a, b) => compareCodeUnits(a.wantedName, b.wantedName) || a.documentOrder - b.documentOrder,
  );
  return sorted.map((op) => {
    const camel = toCamelCase(op.wantedName);
    const safe = isReservedWord(camel) ? `${camel}Operation` : camel;
    const methodName = registry.claim(safe);
    const owner = owners.get(safe.toLowerCase());
    const label = `${op.httpMethod} ${op.path}`;
    owners.set(methodName.toLowerCase(), label);
    const id = op.operation.operationId;
    const sameId = typeof id === "string" ? ids.get(id) : undefined;
    if (typeof id === "string" && sameId === undefined) ids.set(id, label);
    if (sameId !== undefined) {
      report(
        ctx,
        "duplicate-operation-id",
        `${op.pointer}/operationId`,
        `Operation id "${op.wantedName}" is already used by ${sameId}, so this operation is generated as "${methodName}".`,
      );
    } else if (methodName !== op.wantedName && id !== undefined) {
      report(
        ctx,
        "renamed-identifier",
        op.pointer,
        `Operation "${op.wantedName}" is generated as "${methodName}" because ${renameReason({ wanted: op.wantedName, camel, safe, owner, classNames })}.`,
      );
    }
    return { found: op, methodName };
  });
}

function renameReason({
  wanted,
  camel,
  safe,
  owner,
  classNames,
}: {
  wanted: string;
  camel: string;
  safe: string;
  owner: string | undefined;
  classNames: readonly string[];
}): string {
  if (camel !== wanted) return `"${wanted}" is not an identifier`;
  if (safe !== camel) return `"${wanted}" is a reserved word`;
  if (owner !== undefined) return `"${safe}" is already the name of ${owner}`;
  if (classNames.some((c) => c.toLowerCase() === safe.toLowerCase()))
    return `"${safe}" is the name of a generated class`;
  return `"${safe}" is a name the generated package already uses`;
}

/** Models with cycles cut, response enums opened (unless asked not to), then parents settled. */
function finishedModels(ctx: BuildContext, operations: readonly OperationDef[]): ModelDef[] {
  const models = breakImmediateCycles(ctx, [...ctx.models.values()]);
  const opened = ctx.options.closedEnums ? models : openResponseEnums(models, operations);
  return settleExtends(opened).sort((a, b) => compareCodeUnits(a.name, b.name));
}

/** The non-2xx responses that every operation has, with the same description and type. */
function commonResponses(operations: readonly OperationDef[]): ResponseDef[] {
  const [first, ...rest] = operations;
  if (!first || rest.length === 0) return [];
  const shared = new Set(first.responses.filter((r) => !r.status.startsWith("2")).map(responseKey));
  for (const op of rest) {
    const own = new Set(op.responses.map(responseKey));
    for (const k of shared) if (!own.has(k)) shared.delete(k);
  }
  return first.responses.filter((r) => shared.has(responseKey(r)));
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
