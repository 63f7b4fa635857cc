import type { Diagnostic } from "../diagnostics/index.js";
import { isUrl } from "../load/ref-scope.js";
import { resolvePointer } from "../lib/json-pointer.js";
import { isObject, type JsonObject } from "../lib/json.js";
import { toPointer } from "../lib/json-pointer.js";
import { forEachReference } from "../lib/reference-walk.js";
import { diagnostic } from "../diagnostics/index.js";

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
  // Example values, defaults and enums are data: a `$ref` there is not checked.
  forEachReference(document, (reference, segments) => {
    const problem = refProblem(document, reference.$ref, toPointer(segments));
    if (problem) diagnostics.push(problem);
  });
  return diagnostics;
}

function refProblem(document: JsonObject, ref: string, pointer: string): Diagnostic | undefined {
  if (!ref.startsWith("#")) {
    // `generate` has already inlined the files it may read; what is left here is refused.
    const message = isUrl(ref)
      ? `Reference "${ref}" is a URL; the generator does no network access, even with --allow-external-refs.`
      : `Reference "${ref}" points to a file outside the spec's folder; name a folder that holds both with --refs-root, or pass --allow-external-refs.`;
    return diagnostic("external-ref", pointer, message);
  }
  const noun = REFERENCE_KINDS.find(([prefix]) => ref.startsWith(prefix))?.[1] ?? "Reference";
  const target = resolvePointer(document, ref);
  if (target === undefined) return diagnostic("dangling-ref", pointer, `${noun} "${ref}" does not resolve.`);
  if (leadsBackToItself(document, ref)) {
    return diagnostic("ref-cycle", pointer, `${noun} "${ref}" leads back to itself through references only.`);
  }
  return undefined;
}

/** True when following `$ref` after `$ref` from `ref` (nothing but references) comes back around. */
function leadsBackToItself(document: JsonObject, ref: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = ref;
  while (current?.startsWith("#")) {
    if (seen.has(current)) return true;
    seen.add(current);
    const node = resolvePointer(document, current);
    current = isObject(node) && typeof node.$ref === "string" ? node.$ref : undefined;
  }
  return false;
}
