import type { SourceFileStructure } from "ts-morph";
import { printStatements } from "./statements.js";
import { listOf, textOf } from "./text-of.js";
import { TextWriter } from "./writer.js";

/**
 * Prints a source file structure to text exactly as ts-morph's `createSourceFile(...).getFullText()`
 * does with two-space indentation, double quotes and LF newlines, for the structure kinds the
 * emitters build, without ts-morph: no project, no writer library, no re-parse.
 * Long lines stay long; the layout step breaks them.
 */
export function printSourceFile(structure: SourceFileStructure): string {
  const writer = new TextWriter();
  for (const trivia of listOf(structure.leadingTrivia)) writer.writeTrivia(textOf(trivia, "leading trivia"));
  printStatements(writer, structure.statements);
  if (!writer.isAtLineStart && !writer.isEmpty) writer.newLine();
  return writer.toString();
}
