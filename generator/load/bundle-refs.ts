import type { Diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { forEachReference } from "../lib/reference-walk.js";
import { readSpecVersion } from "../lib/spec-version.js";
import { type Bundle, createBundle, transform } from "./bundle-walk.js";
import { loadRefFiles } from "./ref-files.js";
import { refScope } from "./ref-scope.js";

export { isUrl } from "./ref-scope.js";

/** How the bundler treats `$ref`s into other files. */
export interface BundleOptions {
  /** The spec's own path; relative references resolve against its folder. */
  readonly specPath: string;
  /** Also follow references to files outside the boundary. */
  readonly allowExternalRefs?: boolean;
  /**
   * The folder references may read files from (the spec's folder when absent): name a folder
   * above the spec when its parts live in sibling folders.
   */
  readonly refsRoot?: string;
}

/**
 * Makes one self-contained document of a spec whose `$ref`s lead into other files. Each schema
 * a reference leads to is hoisted once into `components/schemas` (or Swagger's `definitions`)
 * under a unique name and referred to by it, so a schema that refers to itself, directly or
 * through other files, costs nothing; anything else (a parameter, a response, a path item,
 * a description) is inlined, read once and shared. Time and memory grow with the files' size.
 * Files are read within the boundary (or anywhere local with `allowExternalRefs`); URLs
 * never, since generation does no network access. Refused references stay in place, and
 * validation reports each with its location.
 */
export async function bundleExternalRefs(
  document: JsonObject,
  options: BundleOptions,
): Promise<{ document: JsonObject; diagnostics: Diagnostic[] }> {
  // Most specs are self-contained: one cheap pass proves it, and the document is left untouched.
  if (!hasExternalRef(document)) return { document, diagnostics: [] };
  const scope = refScope(options.specPath, options);
  const files = await loadRefFiles(document, scope);
  const swagger = readSpecVersion(document).family === "swagger-2";
  const bundle = createBundle({ scope, files, root: document, swagger });
  const bundled = transform(bundle, document, { file: scope.rootFile, context: "keyword", schema: "no", pointer: "#" });
  drainQueue(bundle);
  return { document: withHoisted(bundle, bundled as JsonObject), diagnostics: bundle.diagnostics };
}

/** Hoisted schemas may refer to more schemas, which join the queue: first in, first named. */
function drainQueue(bundle: Bundle): void {
  for (let index = 0; index < bundle.queue.length; index++) {
    const entry = bundle.queue[index]!;
    const at = { file: entry.file, context: "keyword" as const, schema: "value" as const, pointer: entry.origin };
    bundle.hoisted.set(entry.name, transform(bundle, entry.value, at));
  }
}

/** The bundled document with the hoisted schemas after its own (a home replaces its reference). */
function withHoisted(bundle: Bundle, document: JsonObject): JsonObject {
  if (bundle.hoisted.size === 0) return document;
  if (bundle.swagger) {
    const definitions = isObject(document.definitions) ? document.definitions : {};
    return { ...document, definitions: { ...definitions, ...Object.fromEntries(bundle.hoisted) } };
  }
  const components = isObject(document.components) ? document.components : {};
  const schemas = isObject(components.schemas) ? components.schemas : {};
  return { ...document, components: { ...components, schemas: { ...schemas, ...Object.fromEntries(bundle.hoisted) } } };
}

function hasExternalRef(document: JsonObject): boolean {
  let found = false;
  forEachReference(document, (reference) => {
    if (!reference.$ref.startsWith("#")) found = true;
  });
  return found;
}
