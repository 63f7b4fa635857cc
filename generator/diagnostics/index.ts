export {
  CATALOGUE,
  type CatalogueEntry,
  type DiagnosticCode,
  type DiagnosticStage,
  type Severity,
} from "./catalogue.js";
export { diagnostic, hasFailures, type Diagnostic } from "./diagnostic.js";
export { formatDiagnostic, type SourceLocation, type SpecSource } from "./format.js";
