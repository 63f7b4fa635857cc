import type { Diagnostic, ModelDef, Severity } from "./types.js";
import { NameRegistry, RUNTIME_NAMES } from "./names.js";

/** A JSON object from the spec, read defensively: specs are input we did not write. */
export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Options that change how the IR is built. */
export interface BuildOptions {
  /** Only operations carrying one of these tags (all when absent). */
  readonly tags?: readonly string[];
}

/** Everything an IR builder needs, passed explicitly: no module-level state. */
export interface BuildContext {
  readonly document: JsonObject;
  readonly options: BuildOptions;
  readonly diagnostics: Diagnostic[];
  /** Type names (models, hoisted types, options interfaces): unique case-insensitively. */
  readonly typeNames: NameRegistry;
  /** "#/components/schemas/Foo" -> model name, decided before any model is built. */
  readonly schemaNames: Map<string, string>;
  /** Models built so far, including hoisted inline ones. */
  readonly models: ModelDef[];
  /** Pointers of non-component `$ref` targets being expanded inline, to stop cycles. */
  readonly expanding: Set<string>;
  /** How deep buildType is nested right now, to refuse hostile nesting with a diagnostic. */
  readonly depth: { current: number; reported: boolean };
}

export function createBuildContext(document: JsonObject, options: BuildOptions = {}): BuildContext {
  return {
    document,
    options,
    diagnostics: [],
    typeNames: new NameRegistry(RUNTIME_NAMES),
    schemaNames: new Map(),
    models: [],
    expanding: new Set(),
    depth: { current: 0, reported: false },
  };
}

export function report(
  ctx: BuildContext,
  severity: Severity,
  code: string,
  specPointer: string,
  message: string,
): void {
  ctx.diagnostics.push({ severity, code, message, specPointer });
}

/** "#/paths" + "/api/v2/x" -> "#/paths/~1api~1v2~1x". */
export function pointerJoin(base: string, ...segments: (string | number)[]): string {
  const escaped = segments.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1"));
  return [base, ...escaped].join("/");
}

/** One `$ref` segment as a key: percent-decoded (when it is valid percent-encoding), then unescaped. */
function refSegment(raw: string): string {
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A bare "%" is not an escape; the segment is taken literally.
  }
  return decoded.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The canonical form of a local `$ref`, as `pointerJoin` writes it: "#/components/schemas/a%20b"
 * and "#/components/schemas/a b" name the same schema.
 */
export function canonicalRef(ref: string): string {
  if (!ref.startsWith("#/")) return ref;
  return pointerJoin("#", ...ref.slice(2).split("/").map(refSegment));
}

/** Follows a local `$ref` ("#/components/schemas/Foo"); undefined when it does not resolve. */
export function resolvePointer(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = document;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = refSegment(raw);
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Returns the object a value stands for, following `$ref` chains (parameters,
 * responses, request bodies). Reports and returns undefined when a ref dangles.
 */
export function deref(ctx: BuildContext, value: unknown, pointer: string): JsonObject | undefined {
  const seen = new Set<string>();
  let node = value;
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    if (seen.has(ref)) {
      report(ctx, "error", "ref-cycle", pointer, `Reference "${ref}" refers to itself.`);
      return undefined;
    }
    seen.add(ref);
    node = resolvePointer(ctx.document, ref);
    if (node === undefined) {
      report(ctx, "error", "dangling-ref", pointer, `Reference "${ref}" does not resolve.`);
      return undefined;
    }
  }
  return isObject(node) ? node : undefined;
}

export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Spec prose, trimmed, with trailing blanks cut from every line: they carry no meaning in
 * a comment and Markdown formatters drop them, so output stays stable when reformatted.
 */
export function text(value: unknown): string | undefined {
  const s = stringOf(value)?.replace(/[ \t]+(?=\r?\n|\r|\u2028|\u2029)/g, "").trim();
  return s ? s : undefined;
}
