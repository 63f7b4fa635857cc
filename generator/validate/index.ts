export { validateSpec, validateConverted, checkVersion } from "./validate-spec.js";
export {
  loadAndValidateSpec,
  parseAndValidateSpec,
  type CheckedSpec,
} from "./load-and-validate.js";
