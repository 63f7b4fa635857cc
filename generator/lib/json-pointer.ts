/**
 * JSON pointers (RFC 6901) in their URI-fragment form, as diagnostics and `$ref`s write them:
 * "#/paths/~1api~1v2~1rooms/get". Every stage builds and reads pointers through here.
 */
import { isObject } from "./json.js";

/** Escapes one segment: "~" becomes "~0", then "/" becomes "~1". */
export function escapeSegment(segment: string | number): string {
  const text = String(segment);
  // Most segments need no escaping; this runs for every schema node of a large spec.
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Reads one segment of a pointer as written in a `$ref`: percent-decoded when it is valid
 * percent-encoding (a bare "%", as in a schema named "100%", is taken literally), then unescaped.
 */
export function unescapeSegment(raw: string): string {
  let decoded = raw;
  if (raw.includes("%")) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Not percent-encoding: the segment is literal text.
    }
  }
  return decoded.includes("~") ? decoded.replace(/~1/g, "/").replace(/~0/g, "~") : decoded;
}

/** "#/paths" + "/api/v2/x" -> "#/paths/~1api~1v2~1x". */
export function pointerJoin(base: string, ...segments: readonly (string | number)[]): string {
  return segments.length === 0 ? base : `${base}/${segments.map(escapeSegment).join("/")}`;
}

/** Builds "#/a/b~1c" from raw segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return pointerJoin("#", ...segments);
}

/** "#/paths/~1a/get" -> ["paths", "/a", "get"]; "#" -> []. */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  return body === "" ? [] : body.split("/").slice(1).map(unescapeSegment);
}

/**
 * The canonical form of a local `$ref`, as `pointerJoin` writes it: "#/components/schemas/a%20b"
 * and "#/components/schemas/a b" name the same schema.
 */
export function canonicalRef(ref: string): string {
  return ref.startsWith("#/") ? toPointer(pointerSegments(ref)) : ref;
}

/** The node a local "#/a/b" pointer leads to in `document`, or undefined when it does not resolve. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#")) return undefined;
  let node: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = /^(0|[1-9]\d*)$/.test(segment) ? node[Number(segment)] : undefined;
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}
