import type { OperationRequest, RequestOptions } from "./request.js";
import type { HeaderRecord } from "./transport.js";
import { cookieHeader } from "./url.js";

type HeaderLayer = Readonly<Record<string, string | null | undefined>> | undefined;

/**
 * An operation's request headers by lower-case name: Accept, Content-Type and the cookie
 * parameters, then the client's default headers, the operation's and the call's, each later
 * one winning.
 */
export function requestHeaders(
  operation: OperationRequest,
  contentType: string | undefined,
  defaults: HeaderLayer,
  options: RequestOptions | undefined,
): HeaderRecord {
  const json = operation.responseType === "json" || operation.responseType === "void";
  const headers: HeaderRecord = { accept: operation.accept ?? (json ? "application/json" : "*/*") };
  if (contentType) headers["content-type"] = contentType;
  const cookie = cookieHeader(operation);
  if (cookie) headers.cookie = cookie;
  for (const extra of [defaults, operation.headers, options?.headers]) {
    for (const name in extra) {
      const value = extra[name];
      // null (an absent optional header from JavaScript callers) is left out, like undefined.
      if (value != null) headers[name.toLowerCase()] = value;
    }
  }
  return headers;
}
