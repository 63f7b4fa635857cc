import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { toPointer } from "../lib/json-pointer.js";

/**
 * How deeply a spec's objects and arrays may nest. The chat spec nests 12 levels and
 * GitHub's about 30; a schema nested 400 levels (the IR's own limit) is about 800. Past this the
 * document is refused before any recursive stage could exhaust the stack.
 */
export const MAX_DOCUMENT_DEPTH = 1000;

/**
 * Measures the document's nesting without recursion (an explicit stack) and returns an
 * error naming the first place that is too deep, or undefined.
 */
export function checkDocumentDepth(document: unknown): Diagnostic | undefined {
  const stack: { node: unknown; depth: number; path: string[] }[] = [{ node: document, depth: 0, path: [] }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (typeof node !== "object" || node === null) continue;
    if (depth > MAX_DOCUMENT_DEPTH) {
      // Only the first few segments: the full pointer would be thousands of segments long.
      const pointer = toPointer(path.slice(0, 8));
      return diagnostic(
        "document-too-deep",
        pointer,
        `The spec nests more than ${MAX_DOCUMENT_DEPTH} levels deep below ${pointer}, which the generator refuses.`,
      );
    }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === "object" && child !== null)
        stack.push({ node: child, depth: depth + 1, path: depth < 8 ? [...path, key] : path });
    }
  }
  return undefined;
}
