import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CannedResponse } from "./sample-response.js";

/** One request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  /** The path as sent, still percent-encoded, without the query. */
  readonly rawPath: string;
  /** The path's segments, decoded. */
  readonly segments: readonly string[];
  /** The query's key/value pairs in order, decoded (a key without "=" has the value null). */
  readonly query: readonly (readonly [string, string | null])[];
  /** Headers by lower-case name, without transport noise. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** A local HTTP server that records every request and answers with the canned response. */
export interface RecordingServer {
  readonly url: string;
  /** Sets what the following requests are answered with. */
  respondWith(response: CannedResponse): void;
  /** The requests recorded since the last call, oldest first. */
  take(): RecordedRequest[];
  close(): Promise<void>;
}

// Headers the HTTP stack adds by itself, whichever client sends: not part of the API contract.
const TRANSPORT_HEADERS = new Set([
  "host",
  "connection",
  "keep-alive",
  "content-length",
  "transfer-encoding",
  "accept-encoding",
  "user-agent",
  // Node's fetch (undici) adds this one on every request.
  "sec-fetch-mode",
]);

// Values fetch (undici) sets by itself: "accept-language: *" on every request, and, as the Fetch
// standard asks, "no-cache" pragma and cache-control on a request with If-Match or If-None-Match.
// A real Accept-Language parameter, or any other value, is compared.
const FETCH_DEFAULTS: Readonly<Record<string, string>> = {
  "accept-language": "*",
  pragma: "no-cache",
  "cache-control": "no-cache",
};

/** Starts the server on 127.0.0.1 and an ephemeral port. */
export async function startRecordingServer(): Promise<RecordingServer> {
  let recorded: RecordedRequest[] = [];
  let canned: CannedResponse = { status: 200, contentType: undefined, body: "" };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      recorded.push(toRecord(request, Buffer.concat(chunks)));
      answer(response, canned);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    respondWith: (response) => void (canned = response),
    take: () => {
      const taken = recorded;
      recorded = [];
      return taken;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function answer(response: ServerResponse, canned: CannedResponse): void {
  const headers: Record<string, string> = {
    "content-length": String(Buffer.byteLength(canned.body)),
  };
  if (canned.contentType) headers["content-type"] = canned.contentType;
  response.writeHead(canned.status, headers).end(canned.body);
}

function toRecord(request: IncomingMessage, body: Buffer): RecordedRequest {
  const url = request.url ?? "/";
  const queryStart = url.indexOf("?");
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? "" : url.slice(queryStart + 1);
  return {
    method: request.method ?? "",
    rawPath,
    segments: rawPath.split("/").map((segment) => decode(segment, false)),
    query: rawQuery === "" ? [] : rawQuery.split("&").map((pair) => parsePair(pair)),
    headers: contractHeaders(request),
    body,
  };
}

function parsePair(pair: string): [string, string | null] {
  const equals = pair.indexOf("=");
  if (equals === -1) return [decode(pair, true), null];
  return [decode(pair.slice(0, equals), true), decode(pair.slice(equals + 1), true)];
}

/** Percent-decoding ("+" is a space only in a query); malformed escapes are kept, marked. */
function decode(text: string, form: boolean): string {
  try {
    return decodeURIComponent(form ? text.replace(/\+/g, " ") : text);
  } catch {
    return `<malformed ${text}>`;
  }
}

function contractHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (TRANSPORT_HEADERS.has(name) || value === undefined) continue;
    if (FETCH_DEFAULTS[name] === value) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
