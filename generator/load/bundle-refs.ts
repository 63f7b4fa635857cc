import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { pointerJoin, resolvePointer } from "../lib/json-pointer.js";
import { parseSpec } from "./load-spec.js";

/** How the bundler treats `$ref`s into other files. */
export interface BundleOptions {
  /** The spec's own path; relative references resolve against its folder. */
  readonly specPath: string;
  /** Also follow references to files outside the spec's folder. */
  readonly allowExternalRefs?: boolean;
}

/** Files may refer to each other; past this depth the chain is taken for a cycle. */
const MAX_FILE_DEPTH = 32;

/**
 * Replaces each `$ref` into another local file by the value it points at, so the rest of
 * the pipeline sees one self-contained document. Files in the spec's folder (or below) are
 * read; files elsewhere only with `allowExternalRefs`; URLs never, since generation does
 * no network access. Refused references stay in place and are reported.
 */
export async function bundleExternalRefs(document: JsonObject, options: BundleOptions): Promise<{ document: JsonObject; diagnostics: Diagnostic[] }> {
  // Most specs are self-contained: one cheap pass proves it, and the document is left untouched.
  if (!hasExternalRef(document)) return { document, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const root = dirname(resolve(options.specPath));
  const cache = new Map<string, Promise<unknown>>();
  const load = (file: string) => {
    if (!cache.has(file)) cache.set(file, readFile(file, "utf8").then((text) => parseSpec(file, text).document));
    return cache.get(file)!;
  };
  const visit = async (node: unknown, baseFile: string, pointer: string, depth: number): Promise<unknown> => {
    if (Array.isArray(node)) return Promise.all(node.map((item, i) => visit(item, baseFile, `${pointer}/${i}`, depth)));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === "string" && !(ref.startsWith("#") && baseFile === "")) {
      const target = locate(ref, baseFile, root, options);
      // Refused references stay in place; validation reports each with its location.
      if (target === undefined) return node;
      if (depth >= MAX_FILE_DEPTH) {
        diagnostics.push(diagnostic("external-ref-cycle", pointer,
          `Reference "${ref}" leads through more than ${MAX_FILE_DEPTH} files, so it is taken for a cycle.`));
        return node;
      }
      const value = resolvePointer(await load(target.file), target.fragment);
      if (value === undefined) {
        diagnostics.push(diagnostic("dangling-external-ref", pointer, `Reference "${ref}" does not resolve.`));
        return node;
      }
      return visit(value, target.file, pointer, depth + 1);
    }
    const entries = await Promise.all(Object.entries(node).map(async ([key, value]) =>
      [key, await visit(value, baseFile, pointerJoin(pointer, key), depth)] as const));
    return Object.fromEntries(entries);
  };
  try {
    const bundled = (await visit(document, "", "#", 0)) as JsonObject;
    return { document: bundled, diagnostics };
  } catch (error) {
    const message = `A referenced file cannot be read or parsed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`;
    return { document, diagnostics: [...diagnostics, diagnostic("unreadable-ref", "#", message)] };
  }
}

/** Where a reference leads, or undefined when it is refused (a URL, or outside the folder without the flag). */
function locate(ref: string, baseFile: string, root: string, options: BundleOptions): { file: string; fragment: string } | undefined {
  const [path = "", fragment = ""] = ref.split("#", 2) as [string, string?];
  if (isUrl(path)) return undefined;
  const file = path === "" ? baseFile : resolve(baseFile === "" ? root : dirname(baseFile), path);
  const inside = !relative(root, file).startsWith("..") && !isAbsolute(relative(root, file));
  return inside || options.allowExternalRefs ? { file, fragment: `#${fragment}` } : undefined;
}

/** "https://...", "file:..." and the like: a scheme, not a relative path. */
export function isUrl(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(ref);
}

function hasExternalRef(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRef);
  if (!isObject(node)) return false;
  if (typeof node.$ref === "string" && !node.$ref.startsWith("#")) return true;
  for (const key in node) if (hasExternalRef(node[key])) return true;
  return false;
}
