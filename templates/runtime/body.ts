import type { OperationRequest } from "./request.js";
import type { RequestBody } from "./transport.js";

/** A request body ready for fetch, plus the Content-Type to send (none when fetch picks it). */
export interface EncodedBody {
  readonly body: RequestBody | undefined;
  readonly contentType: string | undefined;
}

type FieldValue = string | number | boolean | Blob | null | undefined;

/**
 * Encodes `op.body` by its media type: JSON by default, URLSearchParams for
 * form-urlencoded, FormData for multipart, and anything else sent as given.
 */
export function encodeBody(op: OperationRequest): EncodedBody {
  const { body, contentType = "application/json" } = op;
  // An absent optional body (undefined or null) sends no body, as the official SDK does.
  if (body === undefined || body === null) return { body: undefined, contentType: undefined };
  if (contentType.includes("json")) {
    const text = op.bodyIsJsonText && typeof body === "string" ? body : JSON.stringify(body);
    return { body: text, contentType };
  }
  if (contentType === "application/x-www-form-urlencoded") {
    const form = body instanceof URLSearchParams ? body : new URLSearchParams();
    if (form !== body) forEachField(body, (name, value) => form.append(name, String(value)));
    // fetch sets the Content-Type (with charset) for URLSearchParams itself.
    return { body: form, contentType: undefined };
  }
  if (contentType === "multipart/form-data") {
    const form = body instanceof FormData ? body : new FormData();
    if (form !== body) {
      forEachField(body, (name, value) =>
        form.append(name, value instanceof Blob ? value : String(value)),
      );
    }
    // The multipart boundary is only known to fetch, so it must write the header.
    return { body: form, contentType: undefined };
  }
  return { body: body as RequestBody, contentType };
}

function forEachField(
  body: unknown,
  add: (name: string, value: NonNullable<FieldValue>) => void,
): void {
  const fields = body as Record<string, FieldValue>;
  for (const name in fields) {
    const value = fields[name];
    if (value != null) add(name, value);
  }
}

/** Parses JSON text; an empty body (a 200 with nothing in it) reads as undefined. */
export function parseJson(text: string): unknown {
  return text === "" ? undefined : JSON.parse(text);
}

/** Reads a 2xx body the way the operation declares it; "void" discards it. */
export async function readSuccessBody(
  response: Response,
  responseType: OperationRequest["responseType"],
): Promise<{ data: unknown; text: string | undefined }> {
  if (responseType === "void") {
    // Cancelling frees the connection without reading a body nobody wants.
    await response.body?.cancel();
    return { data: undefined, text: undefined };
  }
  if (responseType === "binary") return { data: await response.arrayBuffer(), text: undefined };
  const text = await response.text();
  return { data: responseType === "text" ? text : parseJson(text), text };
}
