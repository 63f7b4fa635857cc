/**
 * Which description format and version a document declares, read forgivingly: YAML reads an
 * unquoted `swagger: 2.0` as the number 2 and `openapi: 3.1` as the number 3.1, and some specs
 * leave out the patch number ("3.0"). Those still name one version without doubt, so they are
 * read as it; `exact` is false so the validator can say so.
 */
import type { JsonObject } from "./json.js";

export type SpecVersion =
  | { readonly family: "swagger-2"; readonly exact: boolean; readonly written: unknown }
  | { readonly family: "openapi-3.0" | "openapi-3.1"; readonly exact: boolean; readonly written: unknown }
  /** A version the generator does not read; `key` says which of the two keys declares it. */
  | { readonly family: "unsupported"; readonly key: "swagger" | "openapi"; readonly written: unknown }
  /** Neither key. */
  | { readonly family: "none" };

/** Reads the `openapi` (or, without it, `swagger`) key of a document. */
export function readSpecVersion(document: JsonObject): SpecVersion {
  const { openapi, swagger } = document;
  if (openapi === undefined && swagger !== undefined) {
    if (swagger === "2.0") return { family: "swagger-2", exact: true, written: swagger };
    // The number 2 can only come from an unquoted 2, 2.0 or 2.00.
    if (swagger === 2) return { family: "swagger-2", exact: false, written: swagger };
    return { family: "unsupported", key: "swagger", written: swagger };
  }
  if (openapi === undefined) return { family: "none" };
  const text = typeof openapi === "number" ? String(openapi) : openapi;
  if (typeof text !== "string") return { family: "unsupported", key: "openapi", written: openapi };
  const match = /^3(?:\.([01])(\.\d+)?)?$/.exec(text);
  // "3" alone is only accepted as a number: the unquoted `3.0` YAML reads as 3.
  if (!match || (match[1] === undefined && typeof openapi !== "number")) {
    return { family: "unsupported", key: "openapi", written: openapi };
  }
  const exact = typeof openapi === "string" && match[2] !== undefined;
  return { family: match[1] === "1" ? "openapi-3.1" : "openapi-3.0", exact, written: openapi };
}

/** The version string a document of this family is read as ("3.1.0"), for the converted copy. */
export function normalisedVersion(family: "openapi-3.0" | "openapi-3.1"): string {
  return family === "openapi-3.1" ? "3.1.0" : "3.0.0";
}
