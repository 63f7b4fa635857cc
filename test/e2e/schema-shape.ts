import { deref, type SchemaObject, type SpecDocument } from "./spec-schema.js";

interface ShapeCheck {
  readonly document: SpecDocument;
  readonly schema: unknown;
  readonly value: unknown;
  /** Where `value` sits in the response, for the messages ("$.entities[0].id"). */
  readonly at?: string;
}

/**
 * How `value` departs from the documented schema: missing required properties, wrong JSON
 * types, values outside an enum. Empty when it has the documented shape. Formats are not checked.
 */
export function shapeProblems({ document, schema, value, at = "$" }: ShapeCheck): string[] {
  const resolved = deref(document, schema);
  if (Array.isArray(resolved.allOf)) {
    const own = resolved.properties || resolved.required ? objectProblems(document, resolved, value, at) : [];
    return [...resolved.allOf.flatMap((part) => shapeProblems({ document, schema: part, value, at })), ...own];
  }
  if (Array.isArray(resolved.enum) && !resolved.enum.includes(value)) {
    return [`${at} is ${JSON.stringify(value)}, not one of ${JSON.stringify(resolved.enum)}`];
  }
  const type = resolved.type ?? (resolved.properties ? "object" : undefined);
  if (type === "object") return objectProblems(document, resolved, value, at);
  if (type === "array") {
    if (!Array.isArray(value)) return [`${at} is not an array`];
    return value.flatMap((item, index) =>
      shapeProblems({ document, schema: resolved.items, value: item, at: `${at}[${index}]` }),
    );
  }
  if (type === undefined) return [];
  return primitiveMatches(type, value) ? [] : [`${at} is ${JSON.stringify(value)}, not a ${String(type)}`];
}

function objectProblems(document: SpecDocument, schema: SchemaObject, value: unknown, at: string): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [`${at} is not an object`];
  const record = value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  const missing = required.filter((name) => record[name] === undefined).map((name) => `${at}.${name} is missing`);
  const wrong = Object.entries(record)
    .filter(([name]) => properties[name] !== undefined)
    .flatMap(([name, item]) => shapeProblems({ document, schema: properties[name], value: item, at: `${at}.${name}` }));
  return [...missing, ...wrong];
}

function primitiveMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number";
    case "integer":
      return Number.isInteger(value);
    default:
      return false;
  }
}
