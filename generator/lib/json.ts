/**
 * Reading parsed JSON/YAML defensively: a spec is input we did not write, so every node is
 * checked before it is used.
 */

/** A parsed JSON/YAML object: the shape every spec node has before it is checked. */
export type JsonObject = Record<string, unknown>;

/** True when `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `value` when it is a plain object, otherwise an empty one (for tolerant reading). */
export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** `value` when it is an array, otherwise an empty one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string entries of `value` when it is an array of strings (others are skipped). */
export function asStringArray(value: unknown): string[] {
  return asArray(value).filter((item): item is string => typeof item === "string");
}

/** `value` when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** Copies only the `x-` vendor extensions of `node`, in their original order. */
export function pickExtensions(node: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith("x-")));
}

/** Deep structural equality for JSON values (key order matters not). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => jsonEqual(item, b[index]))
    );
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => jsonEqual(a[key], b[key]));
}
