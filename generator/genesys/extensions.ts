import type { OperationFacts } from "../ir/profile.js";
import { asStringArray, isObject, type JsonObject } from "../lib/json.js";

/** The vendor extensions Genesys puts on operations. */
export const PERMISSIONS_EXTENSION = "x-inin-requires-permissions";
export const PREVIEW_EXTENSION = "x-genesys-preview";
export const METHOD_NAME_EXTENSION = "x-purecloud-method-name";

/**
 * Permissions (`x-inin-requires-permissions: { type: ANY|ALL, permissions }`) and preview
 * (`x-genesys-preview`). In a spec that lists permissions at all, an operation without the
 * extension requires none (the official docs print "Requires NO permissions"); in one that
 * lists none, nothing is known, so nothing is said.
 */
export function genesysOperationFacts(operations: readonly JsonObject[]): (operation: JsonObject) => OperationFacts {
  const listsPermissions = operations.some((operation) => operation[PERMISSIONS_EXTENSION] !== undefined);
  return (operation) => operationFacts(operation, listsPermissions);
}

function operationFacts(operation: JsonObject, listsPermissions: boolean): OperationFacts {
  const declared = operation[PERMISSIONS_EXTENSION];
  const preview = operation[PREVIEW_EXTENSION] === true;
  if (isObject(declared) && Array.isArray(declared.permissions)) {
    const type = declared.type === "ALL" ? "ALL" : "ANY";
    return { preview, permissions: { type, permissions: asStringArray(declared.permissions) } };
  }
  return listsPermissions ? { preview, permissions: { type: "ANY", permissions: [] } } : { preview };
}
