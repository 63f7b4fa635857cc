import { Project } from "ts-morph";
import type { EmittedFile } from "../emit/emitted-file.js";
import { type FormatConfig, formatFile } from "./format.js";

/** A finished output file, relative to the package root. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Prints ts-morph structures to text in one in-memory project, then formats every
 * file with prettier. Pure: nothing touches the disk.
 */
export async function printFiles(files: readonly EmittedFile[], config: FormatConfig): Promise<OutputFile[]> {
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const printed = files.map((file) => {
    if ("text" in file) return { path: file.path, text: file.text };
    const source = project.createSourceFile(file.path, file.structure, { overwrite: true });
    return { path: file.path, text: source.getFullText() };
  });
  return Promise.all(printed.map(async (file) => ({ path: file.path, text: await formatFile(file.path, file.text, config) })));
}
