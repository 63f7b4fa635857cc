import { ArgumentError } from "./errors.js";
import type { OperationRequest, QueryStyle, QueryValue } from "./request.js";

// How each style joins the values of one array parameter ("form" repeats the key instead).
const ARRAY_SEPARATORS: Record<Exclude<QueryStyle, "form">, string> = {
  formNoExplode: ",",
  spaceDelimited: "%20",
  pipeDelimited: "|",
};

/**
 * Rejects the call when one of `op.required` is null or undefined, naming the
 * argument the way the official SDK does.
 */
export function checkRequired(op: OperationRequest): void {
  for (const name of op.required ?? []) {
    const value =
      name === "body" ? op.body : (op.pathParams?.[name] ?? op.query?.[name] ?? op.headers?.[name]);
    if (value == null) {
      throw new ArgumentError(
        `Missing the required parameter "${name}" when calling ${op.operationId}.`,
      );
    }
  }
}

/** Fills the path template (each value encoded as one segment) and appends the query. */
export function buildPathAndQuery(op: OperationRequest): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = op.pathParams?.[name];
    // "." and ".." would be resolved away by URL normalisation and reach another resource.
    if (value == null || value === "." || value === "..") {
      throw new ArgumentError(`Invalid path parameter "${name}" when calling ${op.operationId}.`);
    }
    return encodeURIComponent(String(value));
  });
  const query = op.query ? buildQuery(op.query, op.queryStyles) : "";
  return query ? `${path}?${query}` : path;
}

/** Serialises query parameters: null/undefined dropped, arrays per style, booleans as "true"/"false". */
export function buildQuery(
  query: Readonly<Record<string, QueryValue>>,
  styles?: Readonly<Record<string, QueryStyle>>,
): string {
  const pairs: string[] = [];
  for (const key in query) {
    const value = query[key];
    if (value == null) continue;
    const name = encodeURIComponent(key);
    if (typeof value !== "object") {
      pairs.push(`${name}=${encodeURIComponent(value)}`);
      continue;
    }
    const style = styles?.[key] ?? "form";
    const encoded = value.map((item) => encodeURIComponent(item));
    if (style === "form") encoded.forEach((item) => pairs.push(`${name}=${item}`));
    else if (encoded.length) pairs.push(`${name}=${encoded.join(ARRAY_SEPARATORS[style])}`);
  }
  return pairs.join("&");
}
