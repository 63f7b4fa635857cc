import { type BuildContext, report } from "../build-context.js";
import { type JsonObject, isObject } from "../../lib/json.js";
import { canonicalRef, resolvePointer, pointerJoin } from "../../lib/json-pointer.js";
import type { TypeExpr } from "../types.js";
import { buildComposition } from "./composition.js";
import { enumValues, literalUnion } from "./enum.js";
import { hoistSchema } from "./hoist.js";
import { buildArray, buildObject } from "./containers.js";
import { schemaTypes } from "../../lib/schema-types.js";

/** Where a schema sits: its pointer, and the name it gets if it must be hoisted. */
export interface SchemaSite {
  readonly pointer: string;
  /** The name an inline object or enum here is hoisted under (`<Owner><Property>`). */
  readonly hoistName?: string;
  /** The model file hoisted types join (the owner's), so a model and its parts stay together. */
  readonly ownerFile?: string;
}

export const UNKNOWN: TypeExpr = { kind: "primitive", name: "unknown" };
const NULL: TypeExpr = { kind: "primitive", name: "null" };
const NEVER: TypeExpr = { kind: "primitive", name: "never" };
const SCHEMA_REF = /^#\/components\/schemas\/[^/]+$/;

/**
 * How deep schemas may nest (counting every level of properties, items and compositions)
 * before the generator stops descending: far beyond any real spec, well within the stack.
 */
export const MAX_SCHEMA_DEPTH = 400;

/** Maps a schema (or `$ref`) to a TypeExpr, hoisting inline objects and enums when the site names them. */
export function buildType(ctx: BuildContext, schema: unknown, site: SchemaSite): TypeExpr {
  if (ctx.depth.current >= MAX_SCHEMA_DEPTH) {
    if (!ctx.depth.reported) {
      report(
        ctx,
        "schema-too-deep",
        site.pointer,
        `Schema nests more than ${MAX_SCHEMA_DEPTH} levels deep, which the generator does not follow.`,
      );
    }
    ctx.depth.reported = true;
    return UNKNOWN;
  }
  ctx.depth.current++;
  try {
    return buildTypeAtDepth(ctx, schema, site);
  } finally {
    ctx.depth.current--;
  }
}

function buildTypeAtDepth(ctx: BuildContext, schema: unknown, site: SchemaSite): TypeExpr {
  // JSON Schema's boolean schemas (3.1): `true` allows anything, `false` nothing.
  if (schema === true || schema === undefined) return UNKNOWN;
  if (schema === false) return NEVER;
  if (schema === null) {
    // Invalid, but real specs have it (`schema: null` for "anything"); it means no constraint.
    report(ctx, "null-schema", site.pointer, "Schema is null instead of an object, so it is typed as unknown.");
    return UNKNOWN;
  }
  if (!isObject(schema)) {
    report(ctx, "invalid-schema", site.pointer, "Schema is not an object.");
    return UNKNOWN;
  }
  if (typeof schema.$ref === "string") return buildRef(ctx, schema.$ref, site);
  const base = buildNonNull(ctx, schema, site);
  return schema.nullable === true ? withNull(base) : base;
}

function buildRef(ctx: BuildContext, ref: string, site: SchemaSite): TypeExpr {
  const name = ctx.schemaNames.get(canonicalRef(ref));
  if (name !== undefined && SCHEMA_REF.test(canonicalRef(ref))) return { kind: "ref", name };
  const target = resolvePointer(ctx.document, ref);
  // Validation has reported a reference that does not resolve; the build only stays safe.
  if (target === undefined) return UNKNOWN;
  if (ctx.expanding.has(ref)) {
    report(
      ctx,
      "unsupported-ref-cycle",
      site.pointer,
      `Reference "${ref}" is recursive but is not a component schema, so it has no name to refer to.`,
    );
    return UNKNOWN;
  }
  ctx.expanding.add(ref);
  try {
    return buildType(ctx, target, { ...site, pointer: ref });
  } finally {
    ctx.expanding.delete(ref);
  }
}

/** JSON Schema keywords TypeScript has no type for; the rest of the schema is still used. */
const UNSUPPORTED_KEYWORDS = ["not", "if", "dependentSchemas", "unevaluatedProperties"];

function reportUnsupportedKeywords(ctx: BuildContext, schema: JsonObject, site: SchemaSite): void {
  for (const keyword of UNSUPPORTED_KEYWORDS) {
    if (schema[keyword] === undefined) continue;
    report(
      ctx,
      "unsupported-keyword",
      pointerJoin(site.pointer, keyword),
      `Schema keyword "${keyword}" has no TypeScript equivalent, so the generated type ignores it.`,
    );
  }
}

function buildNonNull(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  reportUnsupportedKeywords(ctx, schema, site);
  if ("const" in schema) return literalUnion(ctx, [schema.const], site.pointer);
  if (Array.isArray(schema.enum)) return buildEnum(ctx, schema, site);
  if (schema.allOf || schema.oneOf || schema.anyOf) return buildComposition(ctx, schema, site);
  const listed = schemaTypes(schema.type);
  const types = listed.length > 0 ? listed : [undefined];
  const members = types.map((type) => buildOfType(ctx, schema, type, site));
  return members.length === 1 ? members[0]! : { kind: "union", members };
}

function buildEnum(ctx: BuildContext, schema: JsonObject, site: SchemaSite): TypeExpr {
  if (site.hoistName !== undefined) return hoistSchema(ctx, schema, site);
  return literalUnion(ctx, enumValues(schema), site.pointer);
}

function buildOfType(ctx: BuildContext, schema: JsonObject, type: unknown, site: SchemaSite): TypeExpr {
  switch (type) {
    case "string":
      return schema.format === "binary" ? { kind: "binary" } : { kind: "primitive", name: "string" };
    case "integer":
    case "number":
      return { kind: "primitive", name: "number" };
    case "boolean":
      return { kind: "primitive", name: "boolean" };
    case "null":
      return NULL;
    case "array":
      return buildArray(ctx, schema, site);
    case "object":
      return buildObject(ctx, schema, site);
    case undefined:
      if (schema.items !== undefined || schema.prefixItems !== undefined) return buildArray(ctx, schema, site);
      if (schema.properties !== undefined || schema.additionalProperties !== undefined) {
        return buildObject(ctx, schema, site);
      }
      return UNKNOWN;
    default:
      // Validation has reported the unknown type (unknown-schema-type).
      return UNKNOWN;
  }
}

export function withNull(type: TypeExpr): TypeExpr {
  if (type.kind === "primitive" && (type.name === "null" || type.name === "unknown")) return type;
  if (type.kind === "union") return { kind: "union", members: [...type.members, NULL] };
  return { kind: "union", members: [type, NULL] };
}
