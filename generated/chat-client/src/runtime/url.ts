import { ArgumentError } from "./errors.js";
import type { OperationRequest, QueryPrimitive, QueryStyle, QueryValue } from "./request.js";

// How each style joins the values of one array parameter ("form" repeats the key instead).
const ARRAY_SEPARATORS: Record<Exclude<QueryStyle, "form" | "deepObject">, string> = {
  formNoExplode: ",",
  spaceDelimited: "%20",
  pipeDelimited: "|",
};

const missing = (op: OperationRequest, name: string): ArgumentError =>
  new ArgumentError(
    op.operationId,
    `Missing the required parameter "${name}" when calling ${op.operationId}.`,
  );

/**
 * Rejects the call when one of `op.required` is null or undefined, naming the
 * argument the way the official SDK does.
 */
export function checkRequired(op: OperationRequest): void {
  for (const name of op.required ?? []) {
    const value =
      name === "body" ? op.body : (op.pathParams?.[name] ?? op.query?.[name] ?? op.headers?.[name]);
    if (value == null) throw missing(op, name);
  }
}

/** Fills the path template (each value encoded as one segment) and appends the query. */
export function buildPathAndQuery(op: OperationRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = op.pathParams?.[name];
    // An empty segment would address the collection instead (GET .../rooms/), as the SDK also refuses.
    if (value == null || value === "") throw missing(op, name);
    const text = toText(value, name, op.operationId);
    // "." and ".." would be resolved away by URL normalisation and reach another resource.
    if (text === "." || text === "..") {
      throw new ArgumentError(
        op.operationId,
        `Invalid path parameter "${name}" when calling ${op.operationId}.`,
      );
    }
    return encode(text, name, op.operationId);
  });
  const query = op.query ? buildQuery(op.query, op.queryStyles, op.operationId) : "";
  return query ? `${path}?${query}` : path;
}

/** Serialises query parameters: null/undefined dropped, arrays per style, dates as ISO strings. */
export function buildQuery(
  query: Readonly<Record<string, QueryValue>>,
  styles?: Readonly<Record<string, QueryStyle>>,
  operationId = "request",
): string {
  const pairs: string[] = [];
  for (const key in query) {
    const value = query[key];
    if (value == null) continue;
    const name = encode(key, key, operationId);
    const item = (v: QueryPrimitive): string =>
      encode(toText(v, key, operationId), key, operationId);
    if (styles?.[key] === "deepObject" && isRecord(value)) {
      deepObjectPairs(key, value, (k) => encode(k, key, operationId), item, pairs);
      continue;
    }
    if (!Array.isArray(value)) {
      pairs.push(`${name}=${item(value as QueryPrimitive)}`);
      continue;
    }
    const style = styles?.[key] ?? "form";
    const encoded = (value as readonly QueryPrimitive[]).map(item);
    // deepObject defines no array form: an array goes as form does, the key repeated.
    if (style === "form" || style === "deepObject")
      for (const text of encoded) pairs.push(`${name}=${text}`);
    else if (encoded.length) pairs.push(`${name}=${encoded.join(ARRAY_SEPARATORS[style])}`);
  }
  return pairs.join("&");
}

/** A plain object (not an array or a Date): what the deepObject style spreads into keys. */
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** `name[key]=value` per key (nested objects nest the brackets, arrays repeat the key). */
function deepObjectPairs(
  name: string,
  value: Readonly<Record<string, unknown>>,
  encodeKey: (key: string) => string,
  item: (v: QueryPrimitive) => string,
  pairs: string[],
): void {
  for (const key in value) {
    const entry = value[key];
    const path = `${name}[${key}]`;
    if (entry == null) continue;
    if (isRecord(entry)) deepObjectPairs(path, entry, encodeKey, item, pairs);
    else
      for (const v of Array.isArray(entry) ? entry : [entry])
        pairs.push(`${encodeKey(path)}=${item(v as QueryPrimitive)}`);
  }
}

/** A parameter as text: a Date as its ISO string (`toJSON()`, as the official SDK sends it). */
function toText(value: QueryPrimitive, name: string, operationId: string): string {
  if (!(value instanceof Date)) return String(value);
  const iso = value.toJSON();
  if (iso === null) {
    throw new ArgumentError(
      operationId,
      `Parameter "${name}" of ${operationId} is an invalid Date.`,
    );
  }
  return iso;
}

/**
 * The operation's cookie parameters as one Cookie header value (`a=1; b=2`), name and value
 * percent-encoded, absent ones left out; undefined when none is present.
 */
export function cookieHeader(op: OperationRequest): string | undefined {
  const pairs: string[] = [];
  for (const name in op.cookies) {
    const value = op.cookies[name];
    if (value != null)
      pairs.push(`${encode(name, name, op.operationId)}=${encode(value, name, op.operationId)}`);
  }
  return pairs.length > 0 ? pairs.join("; ") : undefined;
}

/** encodeURIComponent, with a lone surrogate (not well-formed Unicode) reported as an argument error. */
function encode(text: string, name: string, operationId: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ArgumentError(
      operationId,
      `Parameter "${name}" of ${operationId} is not well-formed Unicode (it has a lone surrogate).`,
    );
  }
}
