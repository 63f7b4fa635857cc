import { vi } from "vitest";
import { ApiClient, type ApiClientOptions } from "../../templates/runtime/index.js";
import type { OperationRequest } from "../../templates/runtime/request.js";

/** A scripted reply: a Response, a function building one, or an error fetch throws. */
export type Reply = Response | Error | ((request: Request) => Response | Promise<Response>);

/** One request the fake fetch received, read into plain values for assertions. */
export interface SeenRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string;
  readonly signal: AbortSignal;
}

/** A fetch that answers with `replies` in order (the last one repeats) and records each request. */
export function scriptedFetch(...replies: Reply[]) {
  const seen: SeenRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    seen.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      body: init?.body == null ? "" : await request.clone().text(),
      signal: init?.signal ?? new AbortController().signal,
    });
    const reply = replies[Math.min(seen.length, replies.length) - 1];
    if (reply === undefined) throw new Error("no scripted reply");
    if (reply instanceof Error) throw reply;
    return typeof reply === "function" ? reply(request) : reply.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, seen, calls: fetch };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A client on a test base URL with no retry waits unless a test asks for them. */
export function testClient(fetch: typeof globalThis.fetch, options: ApiClientOptions = {}): ApiClient {
  return new ApiClient({
    basePath: "https://api.test",
    fetch,
    accessToken: "secret-token-123",
    retry: { initialDelayMs: 1, maxDelayMs: 2 },
    ...options,
  });
}

/** The operation shapes generated code sends, with overrides. */
export function getRoom(overrides: Partial<OperationRequest> = {}): OperationRequest {
  return {
    operationId: "getChatsRoom",
    method: "GET",
    path: "/api/v2/chats/rooms/{roomJid}",
    pathParams: { roomJid: "room-1" },
    required: ["roomJid"],
    responseType: "json",
    ...overrides,
  };
}

/** A POST operation with a JSON body. */
export function postMessage(body: unknown = { message: "hi" }): OperationRequest {
  return {
    operationId: "postChatsRoomMessages",
    method: "POST",
    path: "/api/v2/chats/rooms/{roomJid}/messages",
    pathParams: { roomJid: "room-1" },
    body,
    required: ["roomJid", "body"],
    responseType: "json",
  };
}
