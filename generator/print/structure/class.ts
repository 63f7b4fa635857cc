import type { ClassDeclarationStructure, OptionalKind, PropertyDeclarationStructure } from "ts-morph";
import { printDocs } from "./jsdoc.js";
import { modifiers, parametersText, typeAnnotation, typeParametersText } from "./signatures.js";
import type { StatementsPrinter } from "./statements.js";
import { textOf } from "./text-of.js";
import type { TextWriter } from "./writer.js";

/** A class: properties, then constructors, getters and methods, as ts-morph orders them, each member after a blank line but the properties. */
export function printClass(
  writer: TextWriter,
  s: OptionalKind<ClassDeclarationStructure>,
  printStatements: StatementsPrinter,
): void {
  printDocs(writer, s.docs);
  const heritage = s.extends === undefined ? "" : ` extends ${textOf(s.extends, `class ${s.name ?? ""}`)}`;
  writer.write(`${modifiers(s)}class ${s.name ?? ""}${typeParametersText(s.typeParameters)}${heritage} {`).newLine();
  writer.indented(() => {
    for (const property of s.properties ?? []) printProperty(writer, property);
    for (const ctor of s.ctors ?? []) {
      writer.blankLineUnlessBlockStart();
      printDocs(writer, ctor.docs);
      writer.write(`constructor(${parametersText(ctor.parameters)})`);
      writer.block(() => printStatements(writer, ctor.statements)).newLine();
    }
    for (const getter of s.getAccessors ?? []) {
      writer.blankLineUnlessBlockStart();
      printDocs(writer, getter.docs);
      const head = `${getter.isStatic ? "static " : ""}${overrides(getter) ? "override " : ""}get ${getter.name}`;
      writer.write(`${head}()${typeAnnotation(getter.returnType, `getter ${getter.name}`)}`);
      writer.block(() => printStatements(writer, getter.statements)).newLine();
    }
    for (const method of s.methods ?? []) {
      writer.blankLineUnlessBlockStart();
      printDocs(writer, method.docs);
      const head = `${method.isStatic ? "static " : ""}${method.isAsync ? "async " : ""}${method.name}`;
      const returnType = typeAnnotation(method.returnType, `method ${method.name}`);
      writer.write(
        `${head}${typeParametersText(method.typeParameters)}(${parametersText(method.parameters)})${returnType}`,
      );
      writer.block(() => printStatements(writer, method.statements)).newLine();
    }
  });
  writer.write("}");
}

function printProperty(writer: TextWriter, p: OptionalKind<PropertyDeclarationStructure>): void {
  printDocs(writer, p.docs);
  const scope = p.scope && p.scope !== "public" ? `${p.scope} ` : "";
  const head = `${scope}${p.isStatic ? "static " : ""}${p.isReadonly ? "readonly " : ""}${p.name}${p.hasQuestionToken ? "?" : ""}`;
  const initializer = p.initializer === undefined ? "" : ` = ${textOf(p.initializer, `property ${p.name}`)}`;
  writer.write(`${head}${typeAnnotation(p.type, `property ${p.name}`)}${initializer};`).newLine();
}

/** ts-morph prints `override` on a getter though its structure type does not declare the flag. */
function overrides(getter: object): boolean {
  return "hasOverrideKeyword" in getter && getter.hasOverrideKeyword === true;
}
