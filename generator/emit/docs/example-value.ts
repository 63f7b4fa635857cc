import { isIdentifier } from "../../ir/names.js";
import type { ModelDef, ObjectModelDef, PropertyDef, TypeExpr } from "../../ir/types.js";
import { literal, stringLiteral } from "../type-expr-to-string.js";

/** Models by name, to follow refs while building an example value. */
export type ModelIndex = ReadonlyMap<string, ModelDef>;

/** Realistic strings by parameter or property name, so examples read like real calls. */
export type ExampleStrings = readonly (readonly [RegExp, string])[];

/** What example values are made from: the models, and the strings a vendor's profile adds. */
export interface ExampleSource {
  readonly models: ModelIndex;
  /** Tried before the neutral strings below. */
  readonly strings: ExampleStrings;
}

const STRINGS_BY_NAME: ExampleStrings = [
  [/ids$/i, "0f0a4d2c-6c1b-4e1f-9a51-3c2b1d0e9f8a,9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e"],
  [/id$/i, "0f0a4d2c-6c1b-4e1f-9a51-3c2b1d0e9f8a"],
  [/^(message|body|text)$/i, "The release notes are ready for review."],
  [/^(subject|name|topic)$/i, "Release planning"],
  [/^limit$/i, "25"],
  [/emoji|reaction/i, "thumbsup"],
];

/** A TypeScript expression of `type`, for a parameter or property called `name`. */
export function exampleValue(
  type: TypeExpr,
  name: string,
  source: ExampleSource,
  seen: ReadonlySet<string> = new Set(),
): string {
  switch (type.kind) {
    case "primitive":
      return primitiveExample(type.name, name, source.strings);
    case "literalUnion":
      return type.values.length > 0 ? literal(type.values[0]!) : "undefined as never";
    case "array":
      return `[${exampleValue(type.items, name, source, seen)}]`;
    case "tuple":
      return `[${type.items
        .filter((item) => !item.optional)
        .map((item) => exampleValue(item.type, name, source, seen))
        .join(", ")}]`;
    case "map":
      return "{}";
    case "binary":
      return 'new Blob(["file contents"])';
    case "void":
      return "undefined";
    case "union":
      return type.members.length > 0 ? exampleValue(type.members[0]!, name, source, seen) : "undefined as never";
    case "intersection":
      return (
        taggedExample(type.members, source, seen) ??
        `{ ${type.members.map((member) => `...${exampleValue(member, name, source, seen)}`).join(", ")} }`
      );
    case "discriminant":
      return objectExample([tagProperty(type)], source, seen);
    case "ref":
      return refExample(type.name, name, source, seen);
  }
}

function primitiveExample(
  kind: Extract<TypeExpr, { kind: "primitive" }>["name"],
  name: string,
  strings: ExampleStrings,
): string {
  switch (kind) {
    case "string": {
      const match = [...strings, ...STRINGS_BY_NAME].find(([pattern]) => pattern.test(name));
      return stringLiteral(match?.[1] ?? "example");
    }
    case "number":
      return /limit|size|count/i.test(name) ? "25" : "1";
    case "boolean":
      return "true";
    case "null":
      return "null";
    case "unknown":
      return "{}";
    case "never":
      return "undefined as never";
    case "undefined":
      return "undefined";
    case "Date":
      return 'new Date("2024-05-01T12:00:00.000Z")';
  }
}

function refExample(modelName: string, name: string, source: ExampleSource, seen: ReadonlySet<string>): string {
  const model = source.models.get(modelName);
  // A cycle through required properties cannot be satisfied by a finite literal anyway.
  if (!model || seen.has(modelName)) return "{}";
  const inner = new Set([...seen, modelName]);
  switch (model.kind) {
    case "enum":
      return model.values.length > 0 ? literal(model.values[0]!) : "undefined as never";
    case "alias":
      return exampleValue(model.type, name, source, inner);
    case "object":
      return objectExample(requiredProperties(model, source.models), source, inner);
  }
}

/** A discriminated union's member (`Cat & { petType: "cat" }`): the model's example, tagged. */
function taggedExample(
  members: readonly TypeExpr[],
  source: ExampleSource,
  seen: ReadonlySet<string>,
): string | undefined {
  const [member, tag] = members;
  if (members.length !== 2 || member?.kind !== "ref" || tag?.kind !== "discriminant") return undefined;
  const model = source.models.get(member.name);
  if (model?.kind !== "object" || seen.has(model.name)) return undefined;
  const properties = requiredProperties(model, source.models).filter((p) => p.name !== tag.property);
  return objectExample([tagProperty(tag), ...properties], source, new Set([...seen, model.name]));
}

function tagProperty(tag: Extract<TypeExpr, { kind: "discriminant" }>): PropertyDef {
  return {
    name: tag.property,
    type: { kind: "literalUnion", values: tag.values.slice(0, 1) },
    required: true,
    readOnly: false,
    specPointer: "#",
  };
}

/** An object literal with the required properties only: the smallest value that type-checks. */
function objectExample(properties: readonly PropertyDef[], source: ExampleSource, seen: ReadonlySet<string>): string {
  if (properties.length === 0) return "{}";
  const entries = properties.map((p) => {
    const key = isIdentifier(p.name) ? p.name : stringLiteral(p.name);
    return `${key}: ${exampleValue(p.type, p.name, source, seen)}`;
  });
  return `{ ${entries.join(", ")} }`;
}

/** Required properties of a model and of the models it extends (allOf). */
export function requiredProperties(
  model: ObjectModelDef,
  models: ModelIndex,
  seen: Set<string> = new Set(),
): PropertyDef[] {
  if (seen.has(model.name)) return [];
  seen.add(model.name);
  const inherited = (model.extends ?? []).flatMap((parentName) => {
    const parent = models.get(parentName);
    return parent?.kind === "object" ? requiredProperties(parent, models, seen) : [];
  });
  // A property redeclared by the model (a narrower type, a discriminator value) is its own.
  const own = model.properties.filter((p) => p.required);
  const byName = new Map([...inherited, ...own].map((p) => [p.name, p]));
  return [...byName.values()];
}
