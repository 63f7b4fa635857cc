import type {
  InterfaceDeclarationStructure,
  JSDocStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import { isIdentifier } from "../ir/names.js";
import type { AliasModelDef, EnumModelDef, ModelDef, ObjectModelDef, PropertyDef } from "../ir/types.js";
import { docText, paragraphs } from "./jsdoc.js";
import { literalsText, stringLiteral, typeExprToString } from "./type-expr-to-string.js";
import { StructureKind } from "./structure-kind.js";

type ModelStatement = InterfaceDeclarationStructure | TypeAliasDeclarationStructure;

/** One model as a ts-morph structure: an interface, or a type alias for enums and the rest. */
export function modelToStatement(model: ModelDef): ModelStatement {
  switch (model.kind) {
    case "object":
      // Nothing of its own (allOf of references only): the parents together, as one type.
      if (model.properties.length === 0 && !model.additionalProperties && model.extends?.length) {
        return {
          kind: StructureKind.TypeAlias,
          name: model.name,
          isExported: true,
          docs: modelDocs(model),
          type: model.extends.map((parent) => parentType(parent, model.omitted?.[parent])).join(" & "),
        };
      }
      return modelToInterface(model);
    case "enum":
      return enumToTypeAlias(model);
    case "alias":
      return aliasToTypeAlias(model);
  }
}

export function modelToInterface(model: ObjectModelDef): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: model.name,
    isExported: true,
    docs: modelDocs(model),
    extends: model.extends?.map((parent) => parentType(parent, model.omitted?.[parent])),
    properties: model.properties.map(propertyToSignature),
    indexSignatures: model.additionalProperties
      ? [{ keyName: "key", keyType: "string", returnType: indexType(model) }]
      : undefined,
  };
}

/** `Parent`, or `Omit<Parent, "a" | "b">` without the properties the model redeclares incompatibly. */
function parentType(parent: string, omitted: readonly string[] | undefined): string {
  return omitted?.length ? `Omit<${parent}, ${omitted.map(stringLiteral).join(" | ")}>` : parent;
}

/** Every declared property must fit the index signature, so it widens to include them. */
function indexType(model: ObjectModelDef): string {
  const types = new Set([typeExprToString(model.additionalProperties!)]);
  if (types.has("unknown")) return "unknown";
  for (const property of model.properties) types.add(typeExprToString(property.type));
  if (model.properties.some((p) => !p.required)) types.add("undefined");
  return [...types].join(" | ");
}

export function enumToTypeAlias(model: EnumModelDef): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: model.name,
    isExported: true,
    docs: modelDocs(model),
    type: model.values.length === 0 ? "never" : literalsText(model.values, model.open),
  };
}

export function aliasToTypeAlias(model: AliasModelDef): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    name: model.name,
    isExported: true,
    docs: modelDocs(model),
    type: typeExprToString(model.type),
  };
}

function propertyToSignature(property: PropertyDef): PropertySignatureStructure {
  return {
    kind: StructureKind.PropertySignature,
    name: isIdentifier(property.name) ? property.name : stringLiteral(property.name),
    type: typeExprToString(property.type),
    hasQuestionToken: !property.required,
    isReadonly: property.readOnly,
    docs: propertyDocs(property),
  };
}

function propertyDocs(property: PropertyDef): JSDocStructure[] | undefined {
  const tags = [
    property.format ? { tagName: "format", text: docText(property.format) } : undefined,
    property.deprecated ? { tagName: "deprecated" } : undefined,
  ].filter((tag) => tag !== undefined);
  const description = property.description ? docText(property.description) : undefined;
  if (!description && tags.length === 0) return undefined;
  return [{ kind: StructureKind.JSDoc, description, tags }];
}

function modelDocs(model: ModelDef): JSDocStructure[] | undefined {
  const description = paragraphs(model.description && docText(model.description));
  const tags = model.deprecated ? [{ tagName: "deprecated" }] : [];
  if (!description && tags.length === 0) return undefined;
  return [{ kind: StructureKind.JSDoc, description: description || undefined, tags }];
}
