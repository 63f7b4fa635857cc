import { type BuildContext, type JsonObject, isObject, pointerJoin, text } from "../build-context.js";
import { toPascalCase } from "../names.js";
import type { ModelDef, PropertyDef } from "../types.js";
import { additionalType, buildType } from "./build-type.js";
import { enumValues, literalUnion } from "./enum.js";

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
  if (Array.isArray(schema.enum) && schema.nullable !== true) {
    return { ...common, kind: "enum", values: enumLiterals(ctx, schema, site.pointer) };
  }
  if (isPlainObject(schema)) {
    return {
      ...common,
      kind: "object",
      properties: buildProperties(ctx, site),
      additionalProperties: isObject(schema.additionalProperties) || schema.additionalProperties === true
        ? additionalType(ctx, schema, { pointer: site.pointer, hoistName: site.name, ownerFile: site.fileName })
        : undefined,
    };
  }
  const type = buildType(ctx, schema, { pointer: site.pointer, hoistName: undefined, ownerFile: site.fileName });
  return { ...common, kind: "alias", type };
}

function enumLiterals(ctx: BuildContext, schema: JsonObject, pointer: string) {
  const union = literalUnion(ctx, enumValues(schema), pointer);
  return union.kind === "literalUnion" ? union.values : [];
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
  const inner = Array.isArray(outer.allOf) && outer.allOf.length === 1 && isObject(outer.allOf[0])
    ? outer.allOf[0]
    : {};
  return {
    description: text(outer.description) ?? (inner.$ref ? undefined : text(inner.description)),
    readOnly: outer.readOnly === true || inner.readOnly === true,
    format: typeof outer.format === "string" ? outer.format : undefined,
    deprecated: outer.deprecated === true ? true : undefined,
  };
}
