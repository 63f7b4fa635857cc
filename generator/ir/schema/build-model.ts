import { type BuildContext, text } from "../build-context.js";
import { type JsonObject, isObject } from "../../lib/json.js";
import { canonicalRef, pointerJoin, resolvePointer } from "../../lib/json-pointer.js";
import { toPascalCase } from "../names.js";
import type { ModelDef, PropertyDef } from "../types.js";
import { buildType } from "./build-type.js";
import { additionalType } from "./containers.js";
import { enumValues, literalUnion } from "./enum.js";
import { inheritedTag } from "./discriminator.js";

export interface ModelSite {
  readonly name: string;
  readonly schemaName: string;
  readonly fileName: string;
  readonly schema: JsonObject;
  readonly pointer: string;
}

/** Builds one named model: an interface for objects, a literal union for enums, an alias otherwise. */
export function buildModel(ctx: BuildContext, site: ModelSite): ModelDef {
  const { schema } = site;
  const common = {
    name: site.name,
    schemaName: site.schemaName,
    fileName: site.fileName,
    description: text(schema.description),
    deprecated: schema.deprecated === true ? true : undefined,
    specPointer: site.pointer,
  };
  // `null` in the values (3.1 style) or `nullable` (3.0) makes it `... | null`, an alias.
  if (Array.isArray(schema.enum) && (schema.nullable === true || schema.enum.includes(null))) {
    return { ...common, kind: "alias", type: literalUnion(ctx, [...enumValues(schema), null], site.pointer) };
  }
  if (Array.isArray(schema.enum)) {
    return { ...common, kind: "enum", values: enumLiterals(ctx, schema, site.pointer) };
  }
  const parents = extendableParents(ctx, schema);
  if (parents) {
    const merged = mergeAllOf(schema);
    // A parent's discriminator, typed as this child's value, so a check on it narrows.
    const tag = inheritedTag(ctx, schema, site);
    return {
      ...common,
      kind: "object",
      extends: parents,
      properties: [...(tag ? [tag] : []), ...buildProperties(ctx, { ...site, schema: merged })],
    };
  }
  if (isPlainObject(schema)) {
    return {
      ...common,
      kind: "object",
      properties: buildProperties(ctx, site),
      additionalProperties:
        isObject(schema.additionalProperties) ||
        schema.additionalProperties === true ||
        isObject(schema.patternProperties)
          ? additionalType(ctx, schema, { pointer: site.pointer, hoistName: site.name, ownerFile: site.fileName })
          : undefined,
    };
  }
  const type = buildType(ctx, schema, { pointer: site.pointer, hoistName: site.name, ownerFile: site.fileName });
  return { ...common, kind: "alias", type };
}

function enumLiterals(ctx: BuildContext, schema: JsonObject, pointer: string) {
  const union = literalUnion(ctx, enumValues(schema), pointer);
  return union.kind === "literalUnion" ? union.values : [];
}

/**
 * `allOf` of component objects plus inline objects reads best as `interface X extends A, B`.
 * Returns the parents' names when the schema has that shape.
 */
function extendableParents(ctx: BuildContext, schema: JsonObject): string[] | undefined {
  if (!Array.isArray(schema.allOf) || schema.oneOf || schema.anyOf || schema.nullable === true) return undefined;
  const parents: string[] = [];
  for (const member of schema.allOf) {
    if (!isObject(member)) return undefined;
    if (typeof member.$ref === "string") {
      const name = ctx.schemaNames.get(canonicalRef(member.$ref));
      const target = resolvePointer(ctx.document, member.$ref);
      if (name === undefined || !isObject(target) || !isPlainObject(target)) return undefined;
      parents.push(name);
    } else if (!isPlainObject(member)) {
      return undefined;
    }
  }
  return parents.length > 0 ? parents : undefined;
}

/** The inline members' properties and required lists, merged with the schema's own. */
function mergeAllOf(schema: JsonObject): JsonObject {
  const inline = (schema.allOf as JsonObject[]).filter((member) => typeof member.$ref !== "string");
  const properties: Record<string, unknown> = {};
  const required: unknown[] = [];
  for (const part of [...inline, schema]) {
    Object.assign(properties, isObject(part.properties) ? part.properties : {});
    if (Array.isArray(part.required)) required.push(...part.required);
  }
  return { type: "object", properties, required };
}

/** An object with properties and nothing that makes it a union or intersection. */
function isPlainObject(schema: JsonObject): boolean {
  if (schema.allOf || schema.oneOf || schema.anyOf || schema.nullable === true) return false;
  if (Array.isArray(schema.type)) return false;
  const hasProperties = isObject(schema.properties) && Object.keys(schema.properties).length > 0;
  return hasProperties && (schema.type === undefined || schema.type === "object");
}

function buildProperties(ctx: BuildContext, site: ModelSite): PropertyDef[] {
  const properties = site.schema.properties as JsonObject;
  const required = new Set(Array.isArray(site.schema.required) ? site.schema.required : []);
  return Object.entries(properties).map(([name, schema]) => {
    const pointer = pointerJoin(site.pointer, "properties", name);
    const facts = propertyFacts(schema);
    return {
      name,
      type: buildType(ctx, schema, {
        pointer,
        hoistName: `${site.name}${toPascalCase(name)}`,
        ownerFile: site.fileName,
      }),
      required: required.has(name),
      readOnly: facts.readOnly,
      description: facts.description,
      format: facts.format,
      deprecated: facts.deprecated,
      specPointer: pointer,
    };
  });
}

/**
 * Description, readOnly and format of a property, looking through a lone `allOf` wrapper:
 * that is how a `$ref` keeps its sibling keywords.
 */
function propertyFacts(schema: unknown) {
  const outer = isObject(schema) ? schema : {};
  const inner =
    Array.isArray(outer.allOf) && outer.allOf.length === 1 && isObject(outer.allOf[0]) ? outer.allOf[0] : {};
  return {
    description: text(outer.description) ?? (inner.$ref ? undefined : text(inner.description)),
    readOnly: outer.readOnly === true || inner.readOnly === true,
    format: typeof outer.format === "string" ? outer.format : undefined,
    deprecated: outer.deprecated === true ? true : undefined,
  };
}
