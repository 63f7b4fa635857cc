import type { Diagnostic } from "../ir/types.js";
import { isUrl } from "../load/bundle-refs.js";
import { resolveLocalRef } from "../update-spec/collect-refs.js";
import { isObject, toPointer, type JsonObject } from "../update-spec/json.js";
import { error } from "./diagnostics.js";

const REFERENCE_KINDS: readonly [prefix: string, noun: string][] = [
  ["#/components/schemas/", "Schema reference"],
  ["#/components/responses/", "Response reference"],
  ["#/components/parameters/", "Parameter reference"],
  ["#/components/requestBodies/", "Request body reference"],
  ["#/components/headers/", "Header reference"],
];

/**
 * Reports every `$ref` that does not resolve inside the document, and every reference to
 * another file or a URL that is still there: `generate` inlines the files it may read before
 * validating, so what remains is refused (URLs are never fetched).
 */
export function checkRefs(document: JsonObject): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const visit = (node: unknown, segments: readonly (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...segments, index]));
    if (!isObject(node)) return;
    if (typeof node.$ref === "string") {
      const problem = refProblem(document, node.$ref, toPointer(segments));
      if (problem) diagnostics.push(problem);
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...segments, key]);
  };
  visit(document, []);
  return diagnostics;
}

function refProblem(document: JsonObject, ref: string, pointer: string): Diagnostic | undefined {
  if (!ref.startsWith("#")) {
    // `generate` has already inlined the files it may read; what is left here is refused.
    const message = isUrl(ref)
      ? `Reference "${ref}" is a URL; the generator does no network access, even with --allow-external-refs.`
      : `Reference "${ref}" points to another file; files outside the spec's folder are read only with --allow-external-refs.`;
    return error("external-ref", pointer, message);
  }
  if (resolveLocalRef(document, ref) !== undefined) return undefined;
  const noun = REFERENCE_KINDS.find(([prefix]) => ref.startsWith(prefix))?.[1] ?? "Reference";
  return error("dangling-ref", pointer, `${noun} "${ref}" does not resolve.`);
}
