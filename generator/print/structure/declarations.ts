import type {
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  ModuleDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
} from "ts-morph";
import { printDocs } from "./jsdoc.js";
import { modifiers, parametersText, typeAnnotation, typeParametersText } from "./signatures.js";
import type { StatementsPrinter } from "./statements.js";
import { listOf, textOf } from "./text-of.js";
import type { TextWriter } from "./writer.js";

/** `export type X<T> = text;` after its JSDoc. */
export function printTypeAlias(writer: TextWriter, s: OptionalKind<TypeAliasDeclarationStructure>): void {
  printDocs(writer, s.docs);
  writer.write(
    `${modifiers(s)}type ${s.name}${typeParametersText(s.typeParameters)} = ${textOf(s.type, `type ${s.name}`)};`,
  );
}

/** An interface: index signatures first, then properties, one per line. */
export function printInterface(writer: TextWriter, s: OptionalKind<InterfaceDeclarationStructure>): void {
  printDocs(writer, s.docs);
  const heritage = listOf(s.extends).map((e) => textOf(e, `interface ${s.name}`));
  const extendsText = heritage.length > 0 ? `extends ${heritage.join(", ")} ` : "";
  writer.write(`${modifiers(s)}interface ${s.name}${typeParametersText(s.typeParameters)} ${extendsText}{`).newLine();
  writer.indented(() => {
    for (const index of s.indexSignatures ?? []) {
      printDocs(writer, index.docs);
      const returnType = textOf(index.returnType, `an index signature of ${s.name}`);
      writer
        .write(
          `${index.isReadonly ? "readonly " : ""}[${index.keyName ?? "key"}: ${index.keyType ?? "string"}]: ${returnType};`,
        )
        .newLine();
    }
    for (const p of s.properties ?? []) {
      printDocs(writer, p.docs);
      const type = typeAnnotation(p.type, `property ${p.name}`);
      writer.write(`${p.isReadonly ? "readonly " : ""}${p.name}${p.hasQuestionToken ? "?" : ""}${type};`).newLine();
    }
  });
  writer.write("}");
}

/** A function declaration with a body of statements. */
export function printFunction(
  writer: TextWriter,
  s: OptionalKind<FunctionDeclarationStructure>,
  printStatements: StatementsPrinter,
): void {
  printDocs(writer, s.docs);
  const head = `${modifiers(s)}${s.isAsync ? "async " : ""}function${s.isGenerator ? "*" : ""} ${s.name ?? ""}`;
  const returnType = typeAnnotation(s.returnType, `function ${s.name}`);
  writer.write(`${head}${typeParametersText(s.typeParameters)}(${parametersText(s.parameters)})${returnType}`);
  writer.block(() => printStatements(writer, s.statements));
}

/** `export namespace X { ... }` */
export function printModule(
  writer: TextWriter,
  s: OptionalKind<ModuleDeclarationStructure>,
  printStatements: StatementsPrinter,
): void {
  printDocs(writer, s.docs);
  writer.write(`${modifiers(s)}${s.declarationKind ?? "namespace"} ${s.name}`);
  writer.block(() => printStatements(writer, s.statements));
}
