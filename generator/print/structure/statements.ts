import type { StatementStructures, WriterFunction } from "ts-morph";
import { StructureKind } from "../../emit/structure-kind.js";
import { printClass } from "./class.js";
import { printFunction, printInterface, printModule, printTypeAlias } from "./declarations.js";
import { exportText, importText } from "./module-items.js";
import { listOf, textOf } from "./text-of.js";
import type { TextWriter } from "./writer.js";

type Statement = string | WriterFunction | StatementStructures;
export type Statements = Statement | readonly Statement[] | undefined;
export type StatementsPrinter = (writer: TextWriter, statements: Statements) => void;

/**
 * Statements one after another as ts-morph separates them: a blank line after a closing
 * brace and before a declaration with a body, otherwise a line break.
 */
export const printStatements: StatementsPrinter = (writer, statements) => {
  for (const statement of listOf(statements)) {
    if (writer.lastCharacter === "}") writer.blankLineIfLastNot();
    else if (!writer.atBlockStart) writer.newLineIfLastNot();
    printStatement(writer, statement);
  }
};

function printStatement(writer: TextWriter, s: Statement): void {
  if (typeof s !== "object") {
    writer.write(textOf(s, "a statement"));
    return;
  }
  switch (s.kind) {
    case StructureKind.ImportDeclaration:
      writer.write(importText(s));
      return;
    case StructureKind.ExportDeclaration:
      writer.write(exportText(s));
      return;
    case StructureKind.TypeAlias:
      printTypeAlias(writer, s);
      return;
    // Declarations with a body start after a blank line unless they open their block.
    case StructureKind.Interface:
      printInterface(writer.blankLineUnlessBlockStart(), s);
      return;
    case StructureKind.Function:
      printFunction(writer.blankLineUnlessBlockStart(), s, printStatements);
      return;
    case StructureKind.Class:
      printClass(writer.blankLineUnlessBlockStart(), s, printStatements);
      return;
    case StructureKind.Module:
      printModule(writer.blankLineUnlessBlockStart(), s, printStatements);
      return;
    default:
      throw new Error(`The structure printer does not print statements of kind ${s.kind}.`);
  }
}
