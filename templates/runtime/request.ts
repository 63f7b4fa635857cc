/**
 * The contract between generated operations and the runtime: what an operation
 * function hands to `ApiClient.request`. Generated code only ever builds these.
 */

import type { SecurityRequirement } from "./security.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD" | "OPTIONS";

/** A Date is sent as its ISO string, as `toJSON()` writes it. */
export type QueryPrimitive = string | number | boolean | Date;
/** An object is sent only in the deepObject style (`filter[status]=open`). */
export type QueryValue = QueryPrimitive | readonly QueryPrimitive[] | object | null | undefined;

/** How an array query parameter is written (OpenAPI `style` + `explode`), or an object's keys. */
export type QueryStyle =
  "form" | "formNoExplode" | "spaceDelimited" | "pipeDelimited" | "deepObject";

export interface OperationRequest {
  /** The operationId, used in error messages and log lines. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The path template as the spec writes it: "/api/v2/chats/rooms/{roomJid}". */
  readonly path: string;
  /** Values for the template's `{name}` slots; each is encoded with encodeURIComponent. */
  readonly pathParams?: Readonly<Record<string, QueryPrimitive | null | undefined>>;
  /** Undefined and null values are left out of the query string. */
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** Per-parameter array styles; absent means "form" (repeated keys). */
  readonly queryStyles?: Readonly<Record<string, QueryStyle>>;
  /** Header parameters and the caller's `customHeaders`; null and undefined values are left out. */
  readonly headers?: Readonly<Record<string, string | null | undefined>>;
  /** Cookie parameters by name, sent in one Cookie header; null and undefined values are left out. */
  readonly cookies?: Readonly<Record<string, string | null | undefined>>;
  readonly body?: unknown;
  /** Media type of the body; JSON when absent. */
  readonly contentType?: string;
  /** The body is a string that already holds the JSON to send: it goes as it is, not encoded again. */
  readonly bodyIsJsonText?: boolean;
  /**
   * Names of the arguments that must not be null or undefined: keys of pathParams,
   * query and headers, or "body". A missing one rejects with an ArgumentError that
   * names it and the operation, before anything is sent.
   */
  readonly required?: readonly string[];
  /** The Accept header when the success response is not JSON; "application/json" or any type otherwise. */
  readonly accept?: string;
  /**
   * The security requirements the operation states itself, when they differ from the API
   * description's; `[]` sends no credentials. Ignored by a client without a description.
   */
  readonly security?: readonly SecurityRequirement[];
  /** How to read a 2xx body. "void" resolves undefined. */
  readonly responseType: "json" | "text" | "binary" | "void";
  /** A 2xx may come without a body (a 204 beside a 200 with one): an empty body resolves undefined. */
  readonly bodyOptional?: boolean;
}

/** What the `opts` argument of every generated method takes besides its own optional parameters. */
export interface OperationOptions {
  /** Headers sent with this request only. */
  customHeaders?: Record<string, string>;
}

/** Per-call options, the last argument of every generated method. */
export interface RequestOptions {
  /** Aborts the call (and any retry wait); the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Overrides the client's timeout for this call, per attempt, in milliseconds. */
  readonly timeoutMs?: number;
  /** Extra headers for this call; they win over the client's default headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Overrides the client's retry policy for this call; `false` disables retries. */
  readonly retry?: Partial<RetryPolicy> | false;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /**
   * Time budget for the whole call, in milliseconds: no retry waits past it, and an
   * attempt in flight when it runs out ends with a TimeoutError.
   */
  readonly maxElapsedMs: number;
  /** First backoff delay; doubles each retry, with full jitter. */
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
  /** Retry POST and PATCH too (they are not idempotent, so this is opt-in). */
  readonly retryNonIdempotent: boolean;
}

/** A response with everything a caller may need beside the data. */
export interface ApiResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Headers;
  /** The `inin-correlation-id` response header, when present. */
  readonly correlationId: string | undefined;
  /** How many attempts the call took (1 when it was not retried). */
  readonly attempts: number;
}
