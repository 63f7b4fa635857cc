import type { Diagnostic } from "../diagnostics/index.js";
import { loadSpec, SpecLoadError, type LoadedSpec } from "../load/load-spec.js";
import { formatDiagnostic, hasFailures, type SpecSource } from "../diagnostics/index.js";
import { checkVersion, validateSpec } from "../validate/index.js";
import { convertUpstream } from "../convert/convert-upstream.js";
import { serializeSpecYaml } from "./serialize-yaml.js";
import { upstreamSource } from "../convert/upstream-source.js";
import { writeFileAtomic } from "./write-atomic.js";

export interface UpdateSpecOptions {
  /** The upstream description: Swagger 2.0 or OpenAPI 3.x, JSON or YAML. */
  readonly from: string;
  /** Where the converted OpenAPI 3.0 goes (spec/chat.openapi.yaml); JSON when it ends in ".json". */
  readonly out: string;
  /** Operations carrying one of these tags are kept, or every operation with "all". Default: ["Chat"]. */
  readonly tags?: readonly string[] | "all";
  /** Treat warnings as errors. */
  readonly strict?: boolean;
}

export interface UpdateSpecResult {
  readonly diagnostics: Diagnostic[];
  /** True only when `out` was (re)written; false on failure or when it was already identical. */
  readonly written: boolean;
  /** Each diagnostic formatted as `file:line:col: severity code at pointer: message`. */
  readonly lines: string[];
  /** True when validation failed (errors, or warnings under strict) and nothing was written. */
  readonly failed: boolean;
  readonly operationCount: number;
  readonly schemaCount: number;
}

/**
 * Reads the upstream description, keeps the tagged operations and the schemas they reach,
 * converts to OpenAPI 3.0, validates, and writes `out` atomically. Nothing is written when
 * validation fails. Never exits the process: the caller maps the result to an exit code.
 */
export async function updateSpec(options: UpdateSpecOptions): Promise<UpdateSpecResult> {
  let upstream: LoadedSpec;
  try {
    upstream = await loadSpec(options.from);
  } catch (error) {
    if (error instanceof SpecLoadError) return failure([error.diagnostic], error.source);
    throw error;
  }
  const versionProblem = checkVersion(upstream.document);
  if (versionProblem) return failure([versionProblem], upstream);
  // An OpenAPI 3 upstream is checked where it stands, so the lines point into it exactly.
  const inputDiagnostics = upstream.document.swagger === "2.0" ? [] : validateSpec(upstream);
  if (hasFailures(inputDiagnostics, options.strict)) return failure(inputDiagnostics, upstream);
  const converted = convertUpstream(upstream.document, options.tags ?? ["Chat"]);
  const source = upstreamSource(upstream);
  const outputDiagnostics =
    converted.diagnostics.length > 0 || upstream.document.swagger !== "2.0"
      ? converted.diagnostics
      : validateSpec({ document: converted.document });
  const diagnostics = [...inputDiagnostics, ...outputDiagnostics];
  const lines = diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, source));
  const counts = { operationCount: converted.operationCount, schemaCount: converted.schemaCount };
  if (hasFailures(diagnostics, options.strict)) return { diagnostics, lines, written: false, failed: true, ...counts };
  // JSON when the file is named so (JSON has no comments, so no banner): faster to read for large specs.
  const text = options.out.endsWith(".json")
    ? `${JSON.stringify(converted.document, null, 2)}\n`
    : serializeSpecYaml(converted.document);
  const written = await writeFileAtomic(options.out, text);
  return { diagnostics, lines, written, failed: false, ...counts };
}

function failure(diagnostics: Diagnostic[], source: SpecSource): UpdateSpecResult {
  const lines = diagnostics.map((diagnostic) => formatDiagnostic(diagnostic, source));
  return { diagnostics, lines, written: false, failed: true, operationCount: 0, schemaCount: 0 };
}
