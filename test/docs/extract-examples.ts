import type { OutputFile } from "../../generator/print/print-files.js";

export interface CodeExample {
  /** Where it comes from: "docs/ChatApi.md#12". */
  readonly origin: string;
  readonly source: string;
}

/** Every ```ts block of the package's Markdown files (README.md and docs/**), in file order. */
export function extractTsExamples(files: readonly OutputFile[]): CodeExample[] {
  return files
    .filter((file) => file.path.endsWith(".md"))
    .flatMap((file) =>
      [...file.text.matchAll(/^(`{3,})ts\n([\s\S]*?)\n\1$/gm)].map((match, index) => ({
        origin: `${file.path}#${index + 1}`,
        source: match[2]!,
      })),
    );
}

/** How many ```ts fences a file opens, counted independently of the extractor. */
export function countTsFences(files: readonly OutputFile[]): number {
  return files
    .filter((file) => file.path.endsWith(".md"))
    .reduce((n, file) => n + file.text.split("\n").filter((line) => /^`{3,}ts\s*$/.test(line)).length, 0);
}
