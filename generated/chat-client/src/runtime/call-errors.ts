/**
 * Failures without a usable HTTP response (or with an unreadable one). They are
 * re-exported from errors.ts, the one place callers import error classes from.
 */
import type { ApiErrorInit } from "./errors.js";

/** Fields shared by the failures that happen without a usable HTTP response. */
export interface CallFailureInit {
  readonly operationId: string;
  readonly attempts: number;
  readonly cause?: unknown;
}

/** The request never got a response: DNS, refused or reset connection. */
export class ConnectionError extends Error {
  override name = "ConnectionError";
  readonly operationId: string;
  readonly attempts: number;

  constructor(init: CallFailureInit, message = `${init.operationId}: connection failed`) {
    super(message, { cause: init.cause });
    this.operationId = init.operationId;
    this.attempts = init.attempts;
  }
}

/** An attempt took longer than the timeout (client `timeoutMs` or per call). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";

  constructor(init: CallFailureInit & { readonly timeoutMs: number }) {
    super(init, `${init.operationId}: timed out after ${init.timeoutMs} ms`);
  }
}

/**
 * The caller aborted the call through `RequestOptions.signal`. Its `name` is
 * "AbortError", like the DOM's, so existing `e.name === "AbortError"` checks work.
 */
export class RequestAbortedError extends Error {
  override name = "AbortError";
  readonly operationId: string;
  readonly attempts: number;

  constructor(init: CallFailureInit) {
    super(`${init.operationId}: aborted`, { cause: init.cause });
    this.operationId = init.operationId;
    this.attempts = init.attempts;
  }
}

/** A required argument was null or undefined; nothing was sent. */
export class ArgumentError extends Error {
  override name = "ArgumentError";
}

/** A 2xx response whose body is not the JSON the operation promises. */
export class ResponseParseError extends Error {
  override name = "ResponseParseError";
  readonly operationId: string;
  readonly status: number;
  readonly headers: Headers;
  readonly correlationId: string | undefined;
  readonly attempts: number;

  constructor(
    init: Omit<ApiErrorInit, "body" | "statusText" | "text"> & { readonly cause: unknown },
  ) {
    const type = init.headers.get("content-type") ?? "no content type";
    super(`${init.operationId}: ${init.status} response is not valid JSON (${type})`, {
      cause: init.cause,
    });
    this.operationId = init.operationId;
    this.status = init.status;
    this.headers = init.headers;
    this.correlationId = init.headers.get("inin-correlation-id") ?? undefined;
    this.attempts = init.attempts;
  }
}
