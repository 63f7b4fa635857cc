import { basename, relative } from "node:path";
import { type Diagnostic, type DiagnosticCode, diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { canonicalRef, pointerJoin, pointerSegments, resolvePointer } from "../lib/json-pointer.js";
import { type WalkContext, childContext, itemContext } from "../lib/reference-walk.js";
import type { RefFiles } from "./ref-files.js";
import { type RefScope, locateRef } from "./ref-scope.js";

/** Whether a value stands where a schema does, holds a list of them, or a map of them. */
type SchemaSlot = "value" | "list" | "map" | "no";

/** Where the walk is: the file the value comes from, how it is read, and where it lands. */
export interface Position {
  readonly file: string;
  readonly context: WalkContext;
  readonly schema: SchemaSlot;
  /** In the spec itself, the value's pointer; inside another file, the reference that led there. */
  readonly pointer: string;
}

interface Hoist {
  readonly name: string;
  readonly value: unknown;
  readonly file: string;
  readonly origin: string;
}

/** The bundler's state: what is hoisted under which name, what is inlined, what went wrong. */
export interface Bundle {
  readonly scope: RefScope;
  readonly files: RefFiles;
  readonly swagger: boolean;
  readonly diagnostics: Diagnostic[];
  /** Target ("file#fragment") -> the name its schema is hoisted under. */
  readonly names: Map<string, string>;
  /** Schema names in use, lower-cased (the IR keeps type names unique case-insensitively). */
  readonly taken: Set<string>;
  readonly queue: Hoist[];
  /** Name -> hoisted schema, bundled, in the order the names were given. */
  readonly hoisted: Map<string, unknown>;
  readonly inlined: Map<string, unknown>;
  readonly inlining: Set<string>;
}

const SCHEMA_KEYS = new Set([
  "schema",
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems",
  "contentSchema",
]);
const SCHEMA_LISTS = new Set(["allOf", "oneOf", "anyOf", "prefixItems"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"]);
/** Inlined references nested deeper than this are taken for a cycle. */
const MAX_INLINE_DEPTH = 64;

/**
 * A bundle for `root`. A component schema that is nothing but a reference to another file
 * becomes that schema's home, so it keeps the spec's name rather than becoming an alias.
 */
export function createBundle({
  scope,
  files,
  root,
  swagger,
}: {
  scope: RefScope;
  files: RefFiles;
  root: JsonObject;
  swagger: boolean;
}): Bundle {
  const bundle: Bundle = {
    scope,
    files,
    swagger,
    diagnostics: [],
    names: new Map(),
    taken: new Set(),
    queue: [],
    hoisted: new Map(),
    inlined: new Map(),
    inlining: new Set(),
  };
  const schemas = rootSchemas(root, swagger);
  for (const name of Object.keys(schemas)) bundle.taken.add(name.toLowerCase());
  for (const [name, entry] of Object.entries(schemas)) {
    if (!isObject(entry) || typeof entry.$ref !== "string" || Object.keys(entry).length !== 1) continue;
    const target = locateRef(entry.$ref, scope.rootFile, scope);
    if (!("file" in target) || target.file === scope.rootFile) continue;
    const value = resolvePointer(files.documents.get(target.file), target.fragment);
    const key = targetKey(target);
    if (value === undefined || bundle.names.has(key)) continue;
    bundle.names.set(key, name);
    bundle.queue.push({ name, value, file: target.file, origin: homePointer(bundle, name) });
  }
  return bundle;
}

function rootSchemas(root: JsonObject, swagger: boolean): JsonObject {
  const map = swagger ? root.definitions : isObject(root.components) ? root.components.schemas : undefined;
  return isObject(map) ? map : {};
}

/** The value with its references to other files bundled; unchanged parts are the same objects. */
export function transform(bundle: Bundle, node: unknown, at: Position): unknown {
  if (at.context === "data") return node;
  if (Array.isArray(node)) {
    const items = node.map((item, index) => transform(bundle, item, itemPosition(bundle, at, index)));
    return items.every((item, index) => item === node[index]) ? node : items;
  }
  if (!isObject(node)) return node;
  if (typeof node.$ref === "string" && (at.file !== bundle.scope.rootFile || !node.$ref.startsWith("#"))) {
    return reference(bundle, node, node.$ref, at);
  }
  let changed = false;
  const out: JsonObject = {};
  for (const key in node) {
    out[key] = transform(bundle, node[key], childPosition(bundle, at, key, node[key]));
    changed ||= out[key] !== node[key];
  }
  return changed ? out : node;
}

function childPosition(bundle: Bundle, at: Position, key: string, value: unknown): Position {
  const schema: SchemaSlot =
    at.context === "names"
      ? at.schema === "map"
        ? "value"
        : "no"
      : at.context !== "keyword"
        ? "no"
        : SCHEMA_KEYS.has(key)
          ? key === "items" && Array.isArray(value)
            ? "list"
            : "value"
          : SCHEMA_LISTS.has(key)
            ? "list"
            : SCHEMA_MAPS.has(key)
              ? "map"
              : "no";
  const pointer = at.file === bundle.scope.rootFile ? pointerJoin(at.pointer, key) : at.pointer;
  return { file: at.file, context: childContext(at.context, key, value), schema, pointer };
}

function itemPosition(bundle: Bundle, at: Position, index: number): Position {
  const pointer = at.file === bundle.scope.rootFile ? pointerJoin(at.pointer, index) : at.pointer;
  return { file: at.file, context: itemContext(at.context), schema: at.schema === "list" ? "value" : "no", pointer };
}

/** A reference into another file (or, inside one, into itself): hoisted, inlined, or left as it is. */
function reference(bundle: Bundle, node: JsonObject, ref: string, at: Position): unknown {
  const target = locateRef(ref, at.file, bundle.scope);
  // Refused (a URL, or outside the boundary): validation reports it where it stands.
  if (!("file" in target)) return node;
  const { $ref: _ref, ...rest } = node;
  const siblings = transform(bundle, rest, at) as JsonObject;
  if (target.file === bundle.scope.rootFile) return { ...siblings, $ref: target.fragment };
  const value = targetValue(bundle, { ref, at, file: target.file, fragment: target.fragment });
  if (value === undefined) return node;
  const key = targetKey(target);
  if (at.schema === "value" && (isObject(value) || typeof value === "boolean")) {
    return {
      ...siblings,
      $ref: homePointer(
        bundle,
        nameFor(bundle, { key, value, file: target.file, fragment: target.fragment, origin: at.pointer }),
      ),
    };
  }
  const inlined = inline(bundle, { key, value, ref, at: { ...at, file: target.file } });
  if (inlined === undefined) return node;
  return isObject(inlined) && Object.keys(siblings).length > 0 ? { ...inlined, ...siblings } : inlined;
}

/** What a reference points at, or undefined (reported) when its file cannot be read or it dangles. */
function targetValue(
  bundle: Bundle,
  { ref, at, file, fragment }: { ref: string; at: Position; file: string; fragment: string },
): unknown {
  const where = at.file === bundle.scope.rootFile ? "" : ` (in ${shown(bundle, at.file)})`;
  const failure = bundle.files.failures.get(file);
  if (failure !== undefined || !bundle.files.documents.has(file)) {
    report(
      bundle,
      "unreadable-ref",
      at.pointer,
      `Reference "${ref}"${where} leads to ${shown(bundle, file)}, which cannot be read (${failure ?? "not found"}).`,
    );
    return undefined;
  }
  const value = resolvePointer(bundle.files.documents.get(file), fragment);
  if (value === undefined)
    report(bundle, "dangling-external-ref", at.pointer, `Reference "${ref}"${where} does not resolve.`);
  return value;
}

/** A non-schema target, bundled once per way of reading it and shared by every reference. */
function inline(
  bundle: Bundle,
  { key, value, ref, at }: { key: string; value: unknown; ref: string; at: Position },
): unknown {
  const cacheKey = `${key} ${at.context} ${at.schema}`;
  if (bundle.inlined.has(cacheKey)) return bundle.inlined.get(cacheKey);
  if (bundle.inlining.has(cacheKey) || bundle.inlining.size >= MAX_INLINE_DEPTH) {
    report(
      bundle,
      "external-ref-cycle",
      at.pointer,
      `Reference "${ref}" leads back to itself through other files outside any schema, so it cannot be inlined.`,
    );
    return undefined;
  }
  bundle.inlining.add(cacheKey);
  const result = transform(bundle, value, at);
  bundle.inlining.delete(cacheKey);
  bundle.inlined.set(cacheKey, result);
  return result;
}

/** The schema's hoisted name: its own when it has one already, else a new unique one, queued. */
function nameFor(
  bundle: Bundle,
  hoist: { key: string; value: unknown; file: string; fragment: string; origin: string },
): string {
  const known = bundle.names.get(hoist.key);
  if (known !== undefined) return known;
  const wanted = wantedName(hoist.file, hoist.fragment);
  let name = wanted;
  for (let n = 2; bundle.taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
  bundle.taken.add(name.toLowerCase());
  bundle.names.set(hoist.key, name);
  bundle.queue.push({ name, value: hoist.value, file: hoist.file, origin: hoist.origin });
  return name;
}

/** The last segment of the fragment ("Pet" of "#/components/schemas/Pet"), or the file's name. */
function wantedName(file: string, fragment: string): string {
  const last = pointerSegments(fragment).at(-1) ?? "";
  return last !== "" ? last : basename(file).replace(/\.(ya?ml|json)$/i, "") || "Schema";
}

function homePointer(bundle: Bundle, name: string): string {
  return bundle.swagger ? pointerJoin("#/definitions", name) : pointerJoin("#/components/schemas", name);
}

function targetKey(target: { file: string; fragment: string }): string {
  return `${target.file}${canonicalRef(target.fragment)}`;
}

/** A file as diagnostics show it: relative to the boundary. */
function shown(bundle: Bundle, file: string): string {
  return relative(bundle.scope.boundary, file) || file;
}

function report(bundle: Bundle, code: DiagnosticCode, pointer: string, message: string): void {
  bundle.diagnostics.push(diagnostic(code, pointer, message));
}
