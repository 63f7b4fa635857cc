import { readFile } from "node:fs/promises";
import { CORE_SCHEMA, load as loadYaml } from "js-yaml";
import { createFastLocator } from "./fast-locate.js";
import type { Document, LineCounter } from "yaml";
import { yamlPackage } from "./lazy-yaml.js";
import { pointerSegments } from "../lib/json-pointer.js";
import {
  type Diagnostic,
  type DiagnosticCode,
  type SourceLocation,
  type SpecSource,
  diagnostic,
  formatDiagnostic,
} from "../diagnostics/index.js";

/** A parsed spec, with a way back from a JSON pointer to its place in the text. */
export interface LoadedSpec extends SpecSource {
  readonly document: Record<string, unknown>;
}

/** A spec that cannot be read or parsed; `diagnostic` says where and why. */
export class SpecLoadError extends Error {
  override name = "SpecLoadError";

  constructor(
    readonly diagnostic: Diagnostic,
    readonly source: SpecSource,
  ) {
    super(formatDiagnostic(diagnostic, source));
  }
}

/**
 * Reads a YAML or JSON spec (JSON is YAML) and keeps the node positions for diagnostics.
 * Throws a SpecLoadError when the file cannot be read or parsed.
 */
export async function loadSpec(path: string): Promise<LoadedSpec> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "unknown error";
    throw loadError(path, undefined, "unreadable-file", `The spec file cannot be read (${reason}).`);
  }
  return parseSpec(path, text);
}

/**
 * Parses spec text (YAML or JSON). The fast parsers (JSON.parse, js-yaml) build the document;
 * the `yaml` package, which keeps every node's position but is several times slower, runs only
 * when a position is needed: for a syntax error, or when a diagnostic is located.
 */
export function parseSpec(path: string, text: string): LoadedSpec {
  const document = fastParse(text) ?? positionedDocument(path, text).document;
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    throw loadError(path, { line: 1, column: 1 }, "not-an-object", "The spec is not a YAML or JSON object.");
  }
  let exact: LoadedSpec["locate"] | undefined;
  let fastLocate: ReturnType<typeof createFastLocator> | undefined;
  return {
    path,
    document: document as Record<string, unknown>,
    locate: (pointer) => {
      const fast = (fastLocate ??= createFastLocator(text))(pointerSegments(pointer));
      return fast !== null ? fast : (exact ??= positionedDocument(path, text).locate)(pointer);
    },
  };
}

/** undefined when the text needs the careful parser (a syntax error, a duplicate key). */
function fastParse(text: string): unknown {
  try {
    // JSON.parse keeps the last of duplicate keys silently; JSON specs are machine-written.
    if (/^\s*[{[]/.test(text)) return JSON.parse(text);
    // Anchors go the careful way: `yaml` caps alias expansion (a billion-laughs file stops there).
    if (/(^|[\s[{,])&[^\s,\]}]/m.test(text)) return undefined;
    return loadYaml(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

/** The slow, exact parse: located errors (syntax, duplicate keys) and a pointer locator. */
function positionedDocument(path: string, text: string): { document: unknown; locate: LoadedSpec["locate"] } {
  const yaml = yamlPackage();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const offset = first.pos[0];
    const at = lineCounter.linePos(offset);
    const location = { line: at.line, column: at.col };
    if (first.code === "DUPLICATE_KEY") {
      const key = keyAt(text, offset);
      throw loadError(path, location, "duplicate-key", `Key "${key}" appears more than once in the same mapping.`);
    }
    const reason = first.message.split(" at line ")[0]!.replace(/[.:]$/, "");
    throw loadError(path, location, "invalid-syntax", `The spec is not valid YAML or JSON: ${reason}.`);
  }
  return { document: doc.toJS({ maxAliasCount: 1000 }) as unknown, locate: locator(doc, lineCounter) };
}

function locator(doc: Document, lineCounter: LineCounter): LoadedSpec["locate"] {
  return (pointer) => {
    const keys = pointerSegments(pointer);
    let node: unknown = doc.contents;
    let anchor: unknown = node;
    for (const key of keys) {
      const step = childStep(node, key);
      if (!step) return undefined;
      node = step.value;
      // A block map or list starts on the line after its key; the key is where a reader looks.
      anchor = yamlPackage().isScalar(step.value) || !step.key ? step.value : step.key;
    }
    const offset = (anchor as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/**
 * One step down the YAML tree. Keys compare as text because a pointer cannot tell
 * `200:` (a number key in YAML) from `"200":`.
 */
function childStep(parent: unknown, key: string): { key?: unknown; value: unknown } | undefined {
  const { isMap, isScalar, isSeq } = yamlPackage();
  if (isSeq(parent)) {
    const item = parent.items[Number(key)];
    return item === undefined ? undefined : { value: item };
  }
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return pair ? { key: pair.key, value: pair.value } : undefined;
}

/** The (possibly quoted) mapping key that starts at `offset`. */
function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const quoted = /^(["'])(.*?)\1/.exec(rest);
  if (quoted) return quoted[2]!;
  return (/^[^:\n]*/.exec(rest)?.[0] ?? "").trim();
}

function loadError(
  path: string,
  location: SourceLocation | undefined,
  code: DiagnosticCode,
  message: string,
): SpecLoadError {
  return new SpecLoadError(diagnostic(code, "#", message), { path, locate: () => location });
}
