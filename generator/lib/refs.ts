import { isObject } from "./json.js";
import { resolvePointer, unescapeSegment } from "./json-pointer.js";
import { forEachReference } from "./reference-walk.js";

/**
 * Follows every local `$ref` reachable from `roots`, transitively, and returns the reached
 * reference strings ("#/definitions/Room", "#/components/schemas/Room", ...).
 * Reference targets are looked up in `document`; unresolvable ones are still returned so the
 * validator can report them.
 */
export function collectReachableRefs(document: unknown, roots: readonly unknown[]): Set<string> {
  const reached = new Set<string>();
  const pending: unknown[] = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    for (const ref of directRefs(node)) {
      if (reached.has(ref)) continue;
      reached.add(ref);
      const target = resolvePointer(document, ref);
      if (target !== undefined) pending.push(target);
    }
  }
  return reached;
}

/** Every local `$ref` string found inside `node` outside example data (not following them). */
function directRefs(node: unknown): string[] {
  const refs: string[] = [];
  forEachReference(node, (reference) => {
    if (reference.$ref.startsWith("#/")) refs.push(reference.$ref);
  });
  return refs;
}

/** The names under `prefix` ("#/definitions/") that `refs` reach, e.g. ["Room", "Entity"]. */
export function namesUnder(refs: ReadonlySet<string>, prefix: string): Set<string> {
  const names = new Set<string>();
  for (const ref of refs) {
    if (!ref.startsWith(prefix)) continue;
    const name = ref.slice(prefix.length).split("/")[0];
    if (name) names.add(unescapeSegment(name));
  }
  return names;
}

/**
 * What `value` stands for after following its `$ref` chain (a response or parameter that is a
 * reference to another); undefined when a reference does not resolve or the chain cycles.
 */
export function resolveRefs(document: unknown, value: unknown): unknown {
  const seen = new Set<string>();
  let node = value;
  while (isObject(node) && typeof node.$ref === "string") {
    if (seen.has(node.$ref)) return undefined;
    seen.add(node.$ref);
    node = resolvePointer(document, node.$ref);
  }
  return node;
}
