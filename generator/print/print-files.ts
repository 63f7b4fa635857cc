import type { EmittedFile } from "../emit/emitted-file.js";
import { breakLongLines } from "./break-long-lines.js";
import { formatWithPrettier } from "./format.js";
import { jsonText } from "./json-text.js";
import { layOutMarkdown } from "./markdown-layout.js";
import { printSourceFile } from "./structure/print-source-file.js";

/** A finished output file, relative to the package root. */
export interface OutputFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Prints ts-morph structures to text and lays every file out as prettier would with the repo's
 * config. TypeScript and JSON are printed in prettier's shape and Markdown are laid out in
 * prettier's shape directly (tests check that prettier leaves them unchanged); prettier itself
 * formats only a file holding a shape we do not lay out.
 */
export async function printFiles(files: readonly EmittedFile[], width: number): Promise<OutputFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const text = "text" in file ? file.text : printSourceFile(file.structure);
      return { path: file.path, text: await layOut(file.path, text, width) };
    }),
  );
}

async function layOut(path: string, text: string, width: number): Promise<string> {
  if (path.endsWith(".json")) return jsonText(JSON.parse(text), width);
  const layOutBlock = path.endsWith(".ts")
    ? (t: string) => breakLongLines(t, width)
    : path.endsWith(".md")
      ? (t: string) => layOutMarkdown(t, width)
      : undefined;
  if (layOutBlock === undefined) return formatWithPrettier(path, text, width);
  // Prettier ends every file with exactly one newline.
  const whole = layOutBlock(`${text.trimEnd()}\n`);
  if (whole !== undefined) return whole;
  // Only the top-level blocks we cannot lay out go through prettier: a block between blank
  // lines formats alone exactly as it does in its file, and prettier's cost grows with size.
  const blocks = await Promise.all(
    topLevelBlocks(text.trimEnd()).map(
      async (block) => layOutBlock(block) ?? (await formatWithPrettier(path, block, width)).trimEnd(),
    ),
  );
  return `${blocks.join("\n\n")}\n`;
}

/** Splits at blank lines followed by an unindented line, never inside a Markdown code fence. */
function topLevelBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const boundary = !fenced && line === "" && /^\S/.test(lines[i + 1] ?? "") && current.length > 0;
    if (boundary) {
      blocks.push(current.join("\n"));
      current = [];
    } else if (!(line === "" && current.length === 0)) {
      current.push(line);
    }
  });
  if (current.length > 0) blocks.push(current.join("\n"));
  return blocks;
}
