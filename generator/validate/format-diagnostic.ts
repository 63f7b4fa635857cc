import type { LoadedSpec } from "../load/load-spec.js";
import type { Diagnostic } from "../ir/types.js";

/** What formatting needs from a spec: its path as given, and pointer -> position. */
export type SpecSource = Pick<LoadedSpec, "path" | "locate">;

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

function locateNearest(pointer: string, spec: SpecSource): ReturnType<SpecSource["locate"]> {
  let current = pointer;
  for (;;) {
    const location = spec.locate(current);
    if (location || !current.includes("/")) return location;
    current = current.slice(0, current.lastIndexOf("/"));
  }
}
