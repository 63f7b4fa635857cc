import { ArgumentError } from "./errors.js";

// RFC 9110 token characters: a header name may use nothing else.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// fetch sends a value as bytes: tab, space, visible ASCII and Latin-1; never CR, LF or NUL.
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * Rejects headers that fetch would refuse, before anything is sent. fetch's own
 * error quotes the value (a bearer token, say) and would be retried as a network
 * failure; this one names the header only.
 */
export function checkHeaders(headers: Readonly<Record<string, string>>, operationId: string): void {
  for (const name in headers) {
    if (!TOKEN.test(name)) {
      throw new ArgumentError(
        operationId,
        `${operationId}: header name ${JSON.stringify(name)} is not a valid HTTP token; nothing was sent.`,
      );
    }
    if (!VALUE.test(String(headers[name]))) {
      throw new ArgumentError(
        operationId,
        `${operationId}: header "${name}" has a character HTTP does not allow in a value (CR, LF or another control character); nothing was sent.`,
      );
    }
  }
}
