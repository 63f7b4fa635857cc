import type { Diagnostic } from "../diagnostics/index.js";
import { parseSpec, loadSpec, SpecLoadError, type LoadedSpec } from "../load/load-spec.js";
import { formatDiagnostic } from "../diagnostics/index.js";
import { validateSpec } from "./validate-spec.js";

/** A spec file checked end to end: its parsed form when it parses, and what was found. */
export interface CheckedSpec {
  /** Absent when the file could not be read or parsed. */
  readonly spec?: LoadedSpec;
  readonly diagnostics: Diagnostic[];
  /** The diagnostics as `file:line:col: severity code at pointer: message` lines. */
  readonly lines: string[];
}

/**
 * Loads and validates the spec at `path` (as given, so it shows in the lines unchanged).
 * Syntax errors come back as diagnostics, not exceptions. This is what `generate` runs first.
 */
export async function loadAndValidateSpec(path: string): Promise<CheckedSpec> {
  try {
    return checked(await loadSpec(path));
  } catch (error) {
    if (!(error instanceof SpecLoadError)) throw error;
    return { diagnostics: [error.diagnostic], lines: [error.message] };
  }
}

/** Like loadAndValidateSpec, for text already in memory; `path` names it in the lines. */
export function parseAndValidateSpec(path: string, text: string): CheckedSpec {
  try {
    return checked(parseSpec(path, text));
  } catch (error) {
    if (!(error instanceof SpecLoadError)) throw error;
    return { diagnostics: [error.diagnostic], lines: [error.message] };
  }
}

function checked(spec: LoadedSpec): CheckedSpec {
  const diagnostics = validateSpec(spec);
  return {
    spec,
    diagnostics,
    lines: diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, spec)),
  };
}
