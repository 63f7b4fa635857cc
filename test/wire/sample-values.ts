import { resolveSchema, type PlatformSpec, type SwaggerParam, type SwaggerSchema } from "./platform-spec.js";

/**
 * How arguments are filled: "distinct" gives every parameter its own value; "null" and "falsy"
 * pass null, or false / 0 / "" / [], for every optional one, to see what each client leaves out;
 * "empty path" passes "" for the required path parameters, which the SDK refuses to send.
 */
export type ValueStyle = "distinct" | "null" | "falsy" | "empty path";

/**
 * A value for a path, query or header parameter, unique to its position `k` in the call so that
 * two swapped arguments show on the wire. Strings carry characters that need encoding.
 */
export function distinctValue(param: SwaggerParam | undefined, k: number): unknown {
  const name = param?.name ?? `arg${k}`;
  if (param?.type === "array") return [`a${k}-${name}`, `b${k}-${name}`];
  if (param?.type === "number") return 100 * k + 7;
  if (param?.type === "boolean") return k % 2 === 1;
  // The SDK documents these as {Date} and writes them with toJSON.
  if (param?.format === "date-time") return new Date(Date.UTC(2026, 0, k, 3, 4, 5, 678));
  if (param?.in === "path") return `p${k}-${name}/x y@z`;
  if (param?.in === "header") return `h${k}-${name}`;
  return `q${k}-${name} a&b`;
}

/** The falsy value of the parameter's type: what a caller passes for "off", "zero" or "none". */
export function falsyValue(param: SwaggerParam | undefined): unknown {
  if (param?.type === "array") return [];
  if (param?.type === "number") return 0;
  if (param?.type === "boolean") return false;
  return "";
}

/**
 * A request body for the schema: an object with a few fields of each JSON type, two items for
 * an array, and JSON text for a string body (the SDK documents those as JSON documents).
 */
export function bodyValue(spec: PlatformSpec, schema: SwaggerSchema | undefined, operationId: string): unknown {
  const resolved = schema ? resolveSchema(spec, schema) : {};
  if (resolved.type === "string") return JSON.stringify({ text: `body-${operationId}`, count: 2 });
  if (resolved.type === "array") {
    const items = (resolved.items ?? {}) as SwaggerSchema;
    const itemType = resolveSchema(spec, items).type;
    if (itemType === "string") return [`i1-${operationId}`, `i2-${operationId}`];
    return [objectBody(operationId, 1), objectBody(operationId, 2)];
  }
  return objectBody(operationId, 0);
}

function objectBody(operationId: string, index: number): Record<string, unknown> {
  return {
    id: `body${index}-${operationId}`,
    name: 'Zoë & "quoted" / ünïcode',
    count: 3 + index,
    ratio: 0.25,
    enabled: false,
    tags: ["x", "y"],
    nested: { when: "2026-01-02T03:04:05.000Z", none: null },
  };
}
