import type {
  OptionalKind,
  ParameterDeclarationStructure,
  TypeParameterDeclarationStructure,
  WriterFunction,
} from "ts-morph";
import { textOf } from "./text-of.js";

interface Modifiable {
  readonly isExported?: boolean;
  readonly isDefaultExport?: boolean;
  readonly hasDeclareKeyword?: boolean;
}

/** `export `, `export default `, `declare `, in ts-morph's order. */
export function modifiers(s: Modifiable): string {
  return `${s.isExported ? "export " : ""}${s.isDefaultExport ? "default " : ""}${s.hasDeclareKeyword ? "declare " : ""}`;
}

type TypeParameters = readonly (string | OptionalKind<TypeParameterDeclarationStructure>)[] | undefined;

/** `<T, U>`, or nothing. */
export function typeParametersText(parameters: TypeParameters): string {
  if (!parameters || parameters.length === 0) return "";
  return `<${parameters.map((p) => (typeof p === "string" ? p : p.name)).join(", ")}>`;
}

/** `a: A, b?: B, c: C = init`, the inside of a parameter list. */
export function parametersText(parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined): string {
  return (parameters ?? [])
    .map((p) => {
      const type = p.type === undefined ? "" : `: ${textOf(p.type, `parameter ${p.name}`)}`;
      const initializer = p.initializer === undefined ? "" : ` = ${textOf(p.initializer, `parameter ${p.name}`)}`;
      return `${p.isRestParameter ? "..." : ""}${p.name}${p.hasQuestionToken ? "?" : ""}${type}${initializer}`;
    })
    .join(", ");
}

/** `: Type`, or nothing. */
export function typeAnnotation(type: string | WriterFunction | undefined, what: string): string {
  return type === undefined ? "" : `: ${textOf(type, what)}`;
}
