import { type BuildContext, deref } from "../build-context.js";
import { asArray, isObject, type JsonObject } from "../../lib/json.js";
import { canonicalRef, pointerJoin, pointerSegments } from "../../lib/json-pointer.js";
import { schemaTypes } from "../../lib/schema-types.js";
import type { PropertyDef, TypeExpr } from "../types.js";
import { toKebabCase, toPascalCase } from "../names.js";
import type { SchemaSite } from "./build-type.js";

/** The discriminator of a oneOf/anyOf and, per member, the values that select it. */
export interface DiscriminatorTags {
  readonly property: string;
  /** By member index: the tag values, or undefined when the member is left as it is. */
  readonly values: readonly (readonly string[] | undefined)[];
}

const COMPONENT_SCHEMA = /^#\/components\/schemas\/[^/]+$/;

/**
 * Reads a `discriminator`: each member that is a reference to a component schema is selected
 * by the mapping's keys that name it, or else by its schema name (OpenAPI's implicit mapping).
 * A member whose own discriminator property cannot hold those values (a number, or an enum
 * without them) is left untagged, since tagging it would make it `never`.
 */
export function discriminatorTags(
  ctx: BuildContext,
  schema: JsonObject,
  members: readonly unknown[],
): DiscriminatorTags | undefined {
  const discriminator = schema.discriminator;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== "string" || discriminator.propertyName === "")
    return undefined;
  const property = discriminator.propertyName;
  const mapping = Object.entries(isObject(discriminator.mapping) ? discriminator.mapping : {})
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([value, target]) => [value, mappingTarget(target)] as const);
  const values = members.map((member) => {
    if (!isObject(member) || typeof member.$ref !== "string") return undefined;
    const ref = canonicalRef(member.$ref);
    const mapped = mapping.filter(([, target]) => target === ref).map(([value]) => value);
    const wanted = mapped.length > 0 ? mapped : COMPONENT_SCHEMA.test(ref) ? [pointerSegments(ref).at(-1)!] : [];
    const allowed = wanted.filter((value) => canHold(ctx, member, property, value));
    return allowed.length > 0 ? allowed : undefined;
  });
  return values.some((v) => v !== undefined) ? { property, values } : undefined;
}

/** A mapping value is a reference, or the bare name of a component schema. */
function mappingTarget(target: string): string {
  if (target.startsWith("#")) return canonicalRef(target);
  return /^[\w.-]+$/.test(target) ? pointerJoin("#/components/schemas", target) : target;
}

/** False when the member declares the property with a type or enum that excludes `value`. */
function canHold(ctx: BuildContext, member: unknown, property: string, value: string): boolean {
  const declared = propertySchema(ctx, member, property, 0);
  if (!declared) return true;
  const types = schemaTypes(declared.type);
  if (types.length > 0 && !types.includes("string")) return false;
  if (Array.isArray(declared.enum)) return declared.enum.includes(value);
  return !("const" in declared) || declared.const === value;
}

/** The schema of `property` as `schema` (or one of its allOf members) declares it. */
function propertySchema(ctx: BuildContext, schema: unknown, property: string, depth: number): JsonObject | undefined {
  const node = deref(ctx, schema);
  if (!node || depth > 8) return undefined;
  const own = isObject(node.properties) ? deref(ctx, node.properties[property]) : undefined;
  if (own) return own;
  for (const part of asArray(node.allOf)) {
    const found = propertySchema(ctx, part, property, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The discriminator property a child schema (`allOf: [$ref Parent, ...]`) inherits from a
 * parent that declares a discriminator, typed as the child's value(s): the parent mapping's
 * keys that name the child, or else the child's schema name. Undefined when no parent has a
 * discriminator, the child declares the property itself, or the parent's property cannot
 * hold those values.
 */
export function inheritedTag(
  ctx: BuildContext,
  child: JsonObject,
  site: { pointer: string; schemaName: string },
): PropertyDef | undefined {
  if (!COMPONENT_SCHEMA.test(site.pointer)) return undefined;
  for (const part of asArray(child.allOf)) {
    if (!isObject(part) || typeof part.$ref !== "string") continue;
    const parent = deref(ctx, part);
    const tags = parent && discriminatorTags(ctx, { discriminator: parent.discriminator }, [{ $ref: site.pointer }]);
    const values = tags?.values[0];
    if (
      !tags ||
      !values ||
      propertySchema(ctx, { ...child, allOf: asArray(child.allOf).filter((p) => p !== part) }, tags.property, 0)
    )
      continue;
    if (!values.every((value) => canHold(ctx, parent, tags.property, value))) continue;
    return {
      name: tags.property,
      type: { kind: "literalUnion", values },
      required: true,
      readOnly: false,
      specPointer: pointerJoin(canonicalRef(part.$ref), "discriminator"),
    };
  }
  return undefined;
}

/**
 * A discriminated union's member, tagged with its value so checking the property narrows the
 * union: one member per value (TypeScript narrows on a single literal per member), each named
 * `<Union><Value>` when the union has a name (`ShapeCircle = Circle & { kind: "circle" }`), so
 * the union is a list of names and a caller can name a narrowed member too.
 */
export function taggedMembers(
  ctx: BuildContext,
  {
    type,
    property,
    values,
    site,
    pointer,
  }: { type: TypeExpr; property: string; values: readonly string[]; site: SchemaSite; pointer: string },
): TypeExpr[] {
  return values.map((value) => {
    const tagged: TypeExpr = {
      kind: "intersection",
      members: [type, { kind: "discriminant", property, values: [value] }],
    };
    if (site.hoistName === undefined) return tagged;
    const name = ctx.typeNames.claim(`${site.hoistName}${toPascalCase(value) || "Member"}`);
    const fileName = site.ownerFile ?? toKebabCase(name);
    ctx.models.set(name, { kind: "alias", name, schemaName: pointer, fileName, specPointer: pointer, type: tagged });
    return { kind: "ref", name };
  });
}
