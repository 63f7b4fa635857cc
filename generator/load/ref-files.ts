import { readFile } from "node:fs/promises";
import { isObject } from "../lib/json.js";
import { checkDocumentDepth } from "./check-depth.js";
import { parseSpec } from "./load-spec.js";
import { type RefScope, locateRef } from "./ref-scope.js";

/** The files `$ref`s lead to, parsed, and why any could not be read. */
export interface RefFiles {
  readonly documents: ReadonlyMap<string, unknown>;
  readonly failures: ReadonlyMap<string, string>;
}

/**
 * Reads every file the spec's references can reach (within the scope), each once, following
 * references from file to file. A failure is only recorded here: it matters only if the
 * bundler needs that file (a `$ref` in example data might name a file that is not there).
 */
export async function loadRefFiles(root: unknown, scope: RefScope): Promise<RefFiles> {
  const documents = new Map<string, unknown>([[scope.rootFile, root]]);
  const failures = new Map<string, string>();
  let pending = referencedFiles(root, scope.rootFile, scope);
  while (pending.length > 0) {
    const next: string[] = [];
    for (const file of pending) {
      if (documents.has(file) || failures.has(file)) continue;
      const loaded = await readDocument(file);
      if (typeof loaded === "string") {
        failures.set(file, loaded);
        continue;
      }
      documents.set(file, loaded.document);
      next.push(...referencedFiles(loaded.document, file, scope));
    }
    pending = next;
  }
  return { documents, failures };
}

/** The parsed file, or why it cannot be used. */
async function readDocument(file: string): Promise<{ document: unknown } | string> {
  try {
    const document = parseSpec(file, await readFile(file, "utf8")).document;
    const tooDeep = checkDocumentDepth(document);
    return tooDeep ? `it nests more than 1,000 levels deep` : { document };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
    return reason ?? "unknown error";
  }
}

/**
 * The files named by every `$ref` string anywhere in `node`, examples included: a target's
 * place in its file does not say how it will be read, so this errs on the side of reading.
 */
function referencedFiles(node: unknown, baseFile: string, scope: RefScope): string[] {
  const files = new Set<string>();
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isObject(value)) {
      if (typeof value.$ref === "string" && !value.$ref.startsWith("#")) {
        const target = locateRef(value.$ref, baseFile, scope);
        if ("file" in target) files.add(target.file);
      }
      for (const key in value) stack.push(value[key]);
    }
  }
  return [...files].sort();
}
