import type { LoadedSpec } from "../load/load-spec.js";
import { isSwagger2, toOpenApi3 } from "../load/to-openapi3.js";
import { type Diagnostic, diagnostic } from "../diagnostics/index.js";
import type { JsonObject } from "../lib/json.js";
import { checkDocument, checkVersion, checkVersionSpelling } from "./check-document.js";
import { checkOperations } from "./check-operations.js";
import { checkParameters } from "./check-parameters.js";
import { checkIdenticalPathTemplates } from "./check-paths.js";
import { checkRefs } from "./check-refs.js";
import { checkSchemas } from "./check-schemas.js";
import { walkOperations } from "./walk-operations.js";

export { checkVersion };

/**
 * Checks an OpenAPI 3.0/3.1 document before the IR is built and returns every problem found
 * (errors stop generation; warnings are printed). Syntax errors never reach here: `loadSpec`
 * throws a SpecLoadError for them.
 */
export function validateSpec(spec: Pick<LoadedSpec, "document">): Diagnostic[] {
  return validateConverted(spec.document, toOpenApi3(spec.document));
}

/**
 * Like validateSpec, for a caller that has converted the document already (`converted` is
 * `toOpenApi3(original)`), so a large Swagger 2.0 file is converted once.
 */
export function validateConverted(original: JsonObject, converted: JsonObject): Diagnostic[] {
  const spelling = checkVersionSpelling(original);
  if (isSwagger2(original)) {
    // Pointers into the converted document name paths as the Swagger file does.
    const note = diagnostic(
      "swagger-2-converted",
      "#/swagger",
      "The spec is Swagger 2.0, so it is converted to OpenAPI 3.0 in memory before generating.",
    );
    return [...spelling, note, ...validateOpenApi3(converted, original)];
  }
  return [...spelling, ...validateOpenApi3(converted, original)];
}

function validateOpenApi3(document: JsonObject, original: JsonObject): Diagnostic[] {
  // Not a version we read at all: every other check would be noise.
  const version = checkVersion(document);
  if (version) return [version];
  const operations = walkOperations(document);
  return [
    ...checkDocument(document, original, operations),
    ...checkRefs(document),
    ...checkIdenticalPathTemplates(document),
    ...checkOperations(document, operations),
    ...checkParameters(document, operations),
    ...checkSchemas(document),
  ];
}
