import { type BuildContext, deref, report, text } from "./build-context.js";
import { type JsonObject, isObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import { NameRegistry, isReservedWord, toCamelCase, toPascalCase } from "./names.js";
import { paramWire } from "./param-wire.js";
import { templateVariables } from "../lib/path-template.js";
import { buildType } from "./schema/build-type.js";
import type { ParamDef, ParamLocation, TypeExpr } from "./types.js";

const LOCATIONS: readonly ParamLocation[] = ["path", "query", "header", "cookie"];

export interface ParameterSite {
  readonly path: string;
  readonly pathItem: JsonObject;
  readonly operation: JsonObject;
  readonly pathPointer: string;
  readonly operationPointer: string;
  readonly methodName: string;
}

/** A parameter as declared (references followed), with where it is declared. */
export interface DeclaredParameter {
  readonly raw: JsonObject;
  readonly pointer: string;
}

/**
 * The parameters that apply to an operation, keyed by location and name: the path item's,
 * overridden by the operation's own. A path parameter its path template does not have is left
 * out, and a template variable no parameter declares gets a required string parameter
 * (validation has warned about both), so the generated signature matches the URL.
 */
export function declaredParameters(
  ctx: BuildContext,
  site: Pick<ParameterSite, "path" | "pathItem" | "operation" | "pathPointer" | "operationPointer">,
): DeclaredParameter[] {
  const merged = new Map<string, DeclaredParameter>();
  const add = (list: unknown, base: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, index) => {
      const pointer = pointerJoin(base, "parameters", index);
      const param = deref(ctx, raw);
      if (param) merged.set(`${String(param.in)}:${String(param.name)}`, { raw: param, pointer });
    });
  };
  add(site.pathItem.parameters, site.pathPointer);
  add(site.operation.parameters, site.operationPointer);
  const pathNames = new Set(
    [...merged.values()].filter(({ raw }) => raw.in === "path").map(({ raw }) => String(raw.name)),
  );
  const variables = templateVariables(site.path, pathNames).map((variable) => variable.name);
  const declared = [...merged.values()].filter(({ raw }) => raw.in !== "path" || variables.includes(String(raw.name)));
  const undeclared = [...new Set(variables)]
    .filter((name) => !merged.has(`path:${name}`))
    .map((name) => ({
      raw: { name, in: "path", required: true, schema: { type: "string" } },
      pointer: site.operationPointer,
    }));
  return [...declared, ...undeclared];
}

/**
 * The operation's parameters (path-item ones first, overridden by the operation's own),
 * each with a TypeScript identifier that is unique within the method's signature.
 */
export function buildParameters(ctx: BuildContext, site: ParameterSite): ParamDef[] {
  // Names the generated signature already uses, and globals the function body calls.
  const identifiers = new NameRegistry([
    "body",
    "opts",
    "options",
    "client",
    "customHeaders",
    "cursor",
    "paginate",
    "operations",
    "String",
    "JSON",
    "encodeURIComponent",
    "undefined",
    "eval",
    "arguments",
  ]);
  const params: ParamDef[] = [];
  for (const { raw, pointer } of declaredParameters(ctx, site)) {
    const param = buildParameter(ctx, raw, pointer, site.methodName, identifiers);
    if (param) params.push(param);
  }
  return withOptionKeys(ctx, params, site.methodName);
}

/**
 * Keys `opts` already has, and keys an object literal `{}` already has (through its prototype):
 * an optional property named `toString` would make `opts = {}` fail to type-check.
 */
const TAKEN_OPTION_KEYS = [
  "body",
  "customHeaders",
  "__proto__",
  "constructor",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
];

/**
 * Gives each optional parameter a unique key in `opts`: its wire name, or the name the vendor's
 * SDK gives it; a clash gets a suffix, reported as a rename.
 */
function withOptionKeys(ctx: BuildContext, params: ParamDef[], methodName: string): ParamDef[] {
  const taken = new Set(TAKEN_OPTION_KEYS);
  const optionKey = ctx.options.profile?.optionKey ?? ((name: string) => name);
  return params.map((param) => {
    if (param.required) return param;
    const wanted = optionKey(param.name);
    let key = wanted;
    for (let n = 2; taken.has(key); n++) key = `${wanted}${n}`;
    taken.add(key);
    if (key !== wanted) {
      report(
        ctx,
        "renamed-identifier",
        param.specPointer,
        `Optional parameter "${param.name}" of "${methodName}" is passed as "opts.${key}" because "${wanted}" is already a key of its options.`,
      );
    }
    return { ...param, optionKey: key };
  });
}

function buildParameter(
  ctx: BuildContext,
  param: JsonObject,
  pointer: string,
  methodName: string,
  identifiers: NameRegistry,
): ParamDef | undefined {
  const name = typeof param.name === "string" ? param.name : undefined;
  const location = LOCATIONS.find((l) => l === param.in);
  // Validation has reported a parameter without a name or a valid location.
  if (name === undefined || location === undefined) return undefined;
  const wanted = toCamelCase(name);
  const identifier = identifiers.claim(isReservedWord(wanted) ? `${wanted}Param` : wanted);
  const required = location === "path" || param.required === true;
  // Only positional parameters need an identifier; optional ones keep their wire name in `opts`.
  if (required && identifier !== name) {
    report(
      ctx,
      "renamed-identifier",
      pointer,
      `Parameter "${name}" of "${methodName}" is generated as "${identifier}".`,
    );
  }
  const built = buildType(ctx, paramSchema(param), {
    pointer: pointerJoin(pointer, param.schema === undefined && isObject(param.content) ? "content" : "schema"),
    hoistName: `${toPascalCase(methodName)}${toPascalCase(name)}`,
  });
  const type = location === "path" || location === "query" ? acceptingDates(built, paramSchema(param)) : built;
  const jsonContent = param.schema === undefined && isObject(param.content);
  const arrayStyle = ctx.options.profile?.arrayQueryStyle;
  const wire = paramWire(
    { location, type, style: param.style, explode: param.explode, jsonContent, arrayStyle },
    ctx.models,
  );
  if (wire.unsupported !== undefined) {
    report(
      ctx,
      "unsupported-parameter-style",
      pointer,
      `Query parameter "${name}" of "${methodName}" is an object in form style, which the runtime cannot spread into the query, so it is sent as JSON text.`,
    );
  }
  return {
    name,
    identifier,
    optionKey: name,
    location,
    type,
    required,
    description: text(param.description),
    deprecated: param.deprecated === true ? true : undefined,
    queryStyle: wire.queryStyle,
    serialize: wire.serialize,
    specPointer: pointer,
  };
}

/**
 * A date-time string parameter also takes a `Date`, which the runtime sends as its ISO string
 * (as the official SDK does); so does each item of an array of them.
 */
function acceptingDates(type: TypeExpr, schema: unknown): TypeExpr {
  const isDateTime = (s: unknown) => isObject(s) && s.format === "date-time";
  const withDate = (t: TypeExpr): TypeExpr => ({ kind: "union", members: [t, { kind: "primitive", name: "Date" }] });
  if (type.kind === "primitive" && type.name === "string" && isDateTime(schema)) return withDate(type);
  if (
    type.kind === "array" &&
    isObject(schema) &&
    isDateTime(schema.items) &&
    type.items.kind === "primitive" &&
    type.items.name === "string"
  ) {
    return { kind: "array", items: withDate(type.items) };
  }
  return type;
}

/** `schema`, or the schema of the first `content` entry (the other way OpenAPI allows). */
export function paramSchema(param: JsonObject): unknown {
  if (param.schema !== undefined) return param.schema;
  if (isObject(param.content)) return Object.values(param.content).map((m) => (isObject(m) ? m.schema : undefined))[0];
  return undefined;
}
