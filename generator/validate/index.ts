export { validateSpec, hasFailures } from "./validate-spec.js";
export { formatDiagnostic, type SpecSource } from "./format-diagnostic.js";
export {
  loadAndValidateSpec,
  parseAndValidateSpec,
  type CheckedSpec,
} from "./load-and-validate.js";
