import { CATALOGUE, type DiagnosticCode, type Severity } from "./catalogue.js";

export type { DiagnosticCode, Severity };

/** One problem found in a spec, located by a JSON pointer. */
export interface Diagnostic {
  readonly severity: Severity;
  /** A code of the catalogue: "dangling-ref", "duplicate-operation-id", "renamed-identifier". */
  readonly code: DiagnosticCode;
  /** One sentence, present tense, naming the entity, ending with a period. */
  readonly message: string;
  /** JSON pointer into the spec: "#/paths/~1api~1v2~1chats~1rooms/post". */
  readonly specPointer: string;
}

/** Builds a diagnostic; its severity is the catalogue's for `code`. */
export function diagnostic(code: DiagnosticCode, specPointer: string, message: string): Diagnostic {
  return { severity: CATALOGUE[code].severity, code, message, specPointer };
}

/** True when `diagnostics` should fail the run: any error, or any warning under `strict`. */
export function hasFailures(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((d) => d.severity === "error" || strict);
}
