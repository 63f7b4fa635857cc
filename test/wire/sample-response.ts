import { resolveSchema, type PlatformSpec, type SpecOperation, type SwaggerSchema } from "./platform-spec.js";

/** What the recording server answers one operation with. */
export interface CannedResponse {
  readonly status: number;
  readonly contentType: string | undefined;
  readonly body: string;
}

const MAX_DEPTH = 3;
const MAX_PROPERTIES = 6;

/**
 * The 200 response for `op`: text for text/plain and text/calendar, a JSON document built from
 * the response schema (sent with the operation's first media type), or an empty body when the
 * operation returns nothing.
 */
export function cannedResponse(spec: PlatformSpec, op: SpecOperation): CannedResponse {
  const mediaType = op.produces[0];
  if (mediaType === "text/plain")
    return { status: 200, contentType: mediaType, body: `text for ${op.operationId}\nsecond line` };
  if (mediaType === "text/calendar") {
    const body = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//wire//${op.operationId}\r\nEND:VCALENDAR\r\n`;
    return { status: 200, contentType: mediaType, body };
  }
  if (!op.responseSchema) return { status: 200, contentType: undefined, body: "" };
  const value = sampleJson({ spec, schema: op.responseSchema, label: op.operationId, depth: 0 });
  return { status: 200, contentType: mediaType ?? "application/json", body: JSON.stringify(value) };
}

interface SampleInput {
  readonly spec: PlatformSpec;
  readonly schema: SwaggerSchema;
  /** Names the value in strings, so each property's sample differs. */
  readonly label: string;
  readonly depth: number;
}

/** A JSON value of the schema's shape, a few properties deep. */
export function sampleJson({ spec, schema, label, depth }: SampleInput): unknown {
  const resolved = resolveSchema(spec, schema);
  switch (resolved.type) {
    case "array": {
      const items = (resolved.items ?? {}) as SwaggerSchema;
      return [1, 2].map((n) => sampleJson({ spec, schema: items, label: `${label}${n}`, depth: depth + 1 }));
    }
    case "string":
      return resolved.format === "date-time" ? "2026-02-03T04:05:06.789Z" : `s-${label}`;
    case "number":
    case "integer":
      return 40 + label.length;
    case "boolean":
      return true;
    default:
      return sampleObject({ spec, schema: resolved, label, depth });
  }
}

function sampleObject({ spec, schema, label, depth }: SampleInput): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, SwaggerSchema>;
  const extra = schema.additionalProperties;
  const value: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties).slice(0, MAX_PROPERTIES)) {
    if (depth >= MAX_DEPTH && isComposite(spec, property)) continue;
    value[name] = sampleJson({ spec, schema: property, label: name, depth: depth + 1 });
  }
  if (typeof extra === "object" && extra !== null && depth < MAX_DEPTH) {
    value[`key-${label}`] = sampleJson({
      spec,
      schema: extra as SwaggerSchema,
      label: `value-${label}`,
      depth: depth + 1,
    });
  }
  if (Object.keys(value).length === 0) value.note = `s-${label}`;
  return value;
}

function isComposite(spec: PlatformSpec, schema: SwaggerSchema): boolean {
  const type = resolveSchema(spec, schema).type;
  return type !== "string" && type !== "number" && type !== "integer" && type !== "boolean";
}
