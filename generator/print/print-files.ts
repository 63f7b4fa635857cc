import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import type { EmittedFile } from "../emit/emitted-file.js";
import { breakLongLines } from "./break-long-lines.js";
import { type FormatConfig, formatWithPrettier } from "./format.js";
import { jsonText } from "./json-text.js";
import { layOutMarkdown } from "./markdown-layout.js";

/** A finished output file, relative to the package root. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Prints ts-morph structures to text in one in-memory project and lays every file out as
 * prettier would with the repo's config. TypeScript and JSON are printed in prettier's shape
 * and Markdown are laid out in prettier's shape directly (tests check that prettier leaves
 * them unchanged); prettier itself formats only a file holding a shape we do not lay out.
 */
export async function printFiles(files: readonly EmittedFile[], config: FormatConfig): Promise<OutputFile[]> {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
      newLineKind: NewLineKind.LineFeed,
    },
  });
  const width = config.printWidth ?? 80;
  return Promise.all(
    files.map(async (file) => {
      const text = "text" in file
        ? file.text
        : project.createSourceFile(file.path, file.structure, { overwrite: true }).getFullText();
      return { path: file.path, text: await layOut(file.path, text, config, width) };
    }),
  );
}

async function layOut(path: string, text: string, config: FormatConfig, width: number): Promise<string> {
  if (path.endsWith(".json")) return jsonText(JSON.parse(text), width);
  // Prettier ends every file with exactly one newline.
  const laidOut = path.endsWith(".ts") ? breakLongLines(text.trimEnd() + "\n", width)
    : path.endsWith(".md") ? layOutMarkdown(text, width)
    : undefined;
  if (laidOut !== undefined) return laidOut;
  return formatWithPrettier(path, text, config);
}
