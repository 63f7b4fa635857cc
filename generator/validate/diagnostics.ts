import type { Diagnostic } from "../ir/types.js";

/** Builds an error diagnostic. */
export function error(code: string, specPointer: string, message: string): Diagnostic {
  return { severity: "error", code, message, specPointer };
}

/** Builds a warning diagnostic (printed; fails only under --strict). */
export function warning(code: string, specPointer: string, message: string): Diagnostic {
  return { severity: "warning", code, message, specPointer };
}
