export { updateSpec, type UpdateSpecOptions, type UpdateSpecResult } from "./update-spec.js";
export { convertUpstream, type ConvertedSpec } from "../convert/convert-upstream.js";
export { serializeSpecYaml, SPEC_HEADER } from "./serialize-yaml.js";
