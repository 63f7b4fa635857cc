import { isObject } from "./json.js";

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
      const target = resolveLocalRef(document, ref);
      if (target !== undefined) pending.push(target);
    }
  }
  return reached;
}

/** Every local `$ref` string found anywhere inside `node` (not following them). */
function directRefs(node: unknown): string[] {
  const refs: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    if (!isObject(value)) return;
    if (typeof value.$ref === "string" && value.$ref.startsWith("#/")) refs.push(value.$ref);
    Object.values(value).forEach(visit);
  };
  visit(node);
  return refs;
}

/** The node a local "#/a/b" reference points to, or undefined when it does not resolve. */
export function resolveLocalRef(document: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  const segments = ref === "#" ? [] : ref.slice(2).split("/").map(unescapeSegment);
  let node: unknown = document;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~");
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
