import type { LoadedSpec } from "../load/load-spec.js";
import { isSwagger2, toOpenApi3 } from "../load/to-openapi3.js";
import type { Diagnostic } from "../ir/types.js";
import { checkDocument } from "./check-document.js";
import { checkOperations } from "./check-operations.js";
import { checkParameters } from "./check-parameters.js";
import { checkIdenticalPathTemplates } from "./check-paths.js";
import { checkRefs } from "./check-refs.js";
import { checkSchemas } from "./check-schemas.js";
import { warning } from "./diagnostics.js";
import { walkOperations } from "./walk-operations.js";

/**
 * Checks an OpenAPI 3.0/3.1 document before the IR is built and returns every problem found
 * (errors stop generation; warnings are printed). Syntax errors never reach here: `loadSpec`
 * throws a SpecLoadError for them.
 */
export function validateSpec(spec: Pick<LoadedSpec, "document">): Diagnostic[] {
  if (isSwagger2(spec.document)) {
    // Pointers into the converted document name paths as the Swagger file does.
    const converted = warning("swagger-2-converted", "#/swagger",
      "The spec is Swagger 2.0, so it is converted to OpenAPI 3.0 in memory before generating.");
    return [converted, ...validateSpec({ document: toOpenApi3(spec.document) })];
  }
  const document = spec.document;
  const { diagnostics, stop } = checkDocument(document);
  if (stop) return diagnostics;
  const operations = walkOperations(document);
  return [
    ...diagnostics,
    ...checkRefs(document),
    ...checkIdenticalPathTemplates(document),
    ...checkOperations(operations),
    ...checkParameters(document, operations),
    ...checkSchemas(document),
  ];
}

/** True when `diagnostics` should fail the run: any error, or any warning under `strict`. */
export function hasFailures(diagnostics: readonly Diagnostic[], strict = false): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error" || strict);
}
