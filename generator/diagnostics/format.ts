import type { Diagnostic } from "./diagnostic.js";

/** A position in the spec's text, 1-based. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

/** What formatting needs from a spec: its path as given, and pointer -> position. */
export interface SpecSource {
  /** The path as the caller gave it (never made absolute: it appears in output). */
  readonly path: string;
  /** Where the node at `pointer` ("#/paths/~1a/get") starts in the text, when known. */
  readonly locate: (pointer: string) => SourceLocation | undefined;
}

/**
 * One line per diagnostic, in the `file:line:col:` form editors and CI annotate:
 * `spec/chat.openapi.yaml:41:9: error dangling-ref at #/paths/...: Schema reference "..." does not resolve.`
 * A pointer to something missing is placed at its nearest ancestor that exists in the text.
 */
export function formatDiagnostic(diagnostic: Diagnostic, spec: SpecSource): string {
  const location = locateNearest(diagnostic.specPointer, spec);
  const where = location ? `${spec.path}:${location.line}:${location.column}` : spec.path;
  return `${where}: ${diagnostic.severity} ${diagnostic.code} at ${diagnostic.specPointer}: ${diagnostic.message}`;
}

function locateNearest(pointer: string, spec: SpecSource): SourceLocation | undefined {
  let current = pointer;
  for (;;) {
    const location = spec.locate(current);
    if (location || !current.includes("/")) return location;
    current = current.slice(0, current.lastIndexOf("/"));
  }
}
