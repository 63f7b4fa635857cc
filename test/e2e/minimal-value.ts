import { deref, type SchemaObject, type SpecDocument } from "./spec-schema.js";

/** Sample strings for the formats the spec uses; any other format is refused, not guessed. */
const STRING_BY_FORMAT: Readonly<Record<string, string>> = {
  "date-time": "2026-01-02T03:04:05Z",
  date: "2026-01-02",
  uri: "https://example.com/",
  email: "someone@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
};

/**
 * The smallest value a request may carry for `schema`: objects get only their required,
 * writable properties; enums their first value. Throws on a construct it cannot satisfy
 * (pattern, an unknown format), so a request never fails validation because of the helper.
 */
export function minimalValue(document: SpecDocument, schema: unknown): unknown {
  const resolved = deref(document, schema);
  if (Array.isArray(resolved.enum)) return resolved.enum[0];
  if (Array.isArray(resolved.allOf)) return minimalAllOf(document, resolved);
  const choices = resolved.oneOf ?? resolved.anyOf;
  if (Array.isArray(choices)) return minimalValue(document, choices[0]);
  switch (resolved.type ?? (resolved.properties ? "object" : undefined)) {
    case "object":
      return minimalObject(document, resolved);
    case "array":
      return Array.from({ length: Number(resolved.minItems ?? 0) }, () => minimalValue(document, resolved.items));
    case "string":
      return minimalString(resolved);
    case "integer":
    case "number":
      return Number(resolved.minimum ?? 0);
    case "boolean":
      return true;
    default:
      throw new Error(`minimalValue cannot build a value for ${JSON.stringify(resolved)}.`);
  }
}

function minimalAllOf(document: SpecDocument, schema: SchemaObject): unknown {
  const parts = (schema.allOf as unknown[]).map((part) => minimalValue(document, part));
  const own = schema.properties || schema.required ? [minimalObject(document, schema)] : [];
  if ([...parts, ...own].every((part) => typeof part === "object" && part !== null && !Array.isArray(part))) {
    return Object.assign({}, ...parts, ...own) as Record<string, unknown>;
  }
  // A single-member allOf is how the spec attaches a description to a $ref.
  if (parts.length === 1 && own.length === 0) return parts[0];
  throw new Error(`minimalValue cannot merge allOf ${JSON.stringify(schema)}.`);
}

function minimalObject(document: SpecDocument, schema: SchemaObject): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const value: Record<string, unknown> = {};
  for (const name of required) {
    const property = properties[name];
    if (property === undefined) throw new Error(`Required property "${name}" has no schema.`);
    // A readOnly property is one the server sets: a request must leave it out.
    if (deref(document, property).readOnly === true) continue;
    value[name] = minimalValue(document, property);
  }
  return value;
}

function minimalString(schema: SchemaObject): string {
  if (schema.pattern !== undefined)
    throw new Error(`minimalValue does not generate strings for pattern ${String(schema.pattern)}.`);
  if (typeof schema.format === "string") {
    const sample = STRING_BY_FORMAT[schema.format];
    if (sample === undefined) throw new Error(`minimalValue has no sample for string format "${schema.format}".`);
    return sample;
  }
  return "x".repeat(Math.max(1, Number(schema.minLength ?? 1)));
}
