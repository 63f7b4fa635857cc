import type { Diagnostic } from "../diagnostics/index.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { toPointer } from "../lib/json-pointer.js";
import { diagnostic } from "../diagnostics/index.js";

/**
 * Warns about paths whose templates differ only in parameter names. OpenAPI calls them
 * ambiguous, but the Genesys chat API really publishes three such pairs (GET by
 * `{messageIds}`, PATCH/DELETE by `{messageId}`), so this is never an error.
 */
export function checkIdenticalPathTemplates(document: JsonObject): Diagnostic[] {
  const paths = isObject(document.paths) ? Object.keys(document.paths) : [];
  const firstByTemplate = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    const template = path.replace(/\{[^}]*\}/g, "{}");
    const first = firstByTemplate.get(template);
    if (first === undefined) {
      firstByTemplate.set(template, path);
      continue;
    }
    const message = `Path "${path}" has the same template as "${first}".`;
    diagnostics.push(diagnostic("identical-path-templates", toPointer(["paths", path]), message));
  }
  return diagnostics;
}
