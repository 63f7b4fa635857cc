import type { ModuleDeclarationKind as ModuleKind, StructureKind as Kind } from "ts-morph";

/**
 * ts-morph's `StructureKind` values for the structures the emitters build, typed as ts-morph's
 * enum so structures keep ts-morph's types. Defined here rather than imported so that
 * generating loads no ts-morph (and with it the TypeScript compiler); a test checks each
 * value against ts-morph's own.
 */
export const StructureKind = {
  Class: 2 as Kind.Class,
  ExportDeclaration: 11 as Kind.ExportDeclaration,
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  JSDoc: 24 as Kind.JSDoc,
  JSDocTag: 25 as Kind.JSDocTag,
  Method: 26 as Kind.Method,
  Module: 29 as Kind.Module,
  PropertySignature: 33 as Kind.PropertySignature,
  SourceFile: 36 as Kind.SourceFile,
  TypeAlias: 38 as Kind.TypeAlias,
} as const;

/** ts-morph's `ModuleDeclarationKind.Namespace`, for the same reason. */
export const NAMESPACE_KIND = "namespace" as ModuleKind.Namespace;
