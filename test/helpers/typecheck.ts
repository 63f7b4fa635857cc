import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ts from "typescript";
import type { OutputFile } from "../../generator/print/print-files.js";

export const TMP_ROOT = join(import.meta.dirname, "..", ".tmp");

/** Writes files under test/.tmp/<name>/ (cleared first) and returns that folder. */
export async function writeTree(name: string, files: readonly OutputFile[]): Promise<string> {
  const root = join(TMP_ROOT, name);
  await rm(root, { recursive: true, force: true });
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.text);
  }
  return root;
}

/** The options the generated package builds with: strict, NodeNext, DOM types. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: true,
};

/** Type-checks the given root files; returns each error as "file(line,col): message". */
export function typecheck(rootNames: readonly string[], options: ts.CompilerOptions = STRICT_OPTIONS): string[] {
  const program = ts.createProgram(rootNames, options);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName}(${line + 1},${character + 1}): ${message}`;
  });
}
