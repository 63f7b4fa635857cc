/**
 * Failures without a usable HTTP response (or with an unreadable one), and bad
 * arguments. They are re-exported from errors.ts, the one place callers import
 * error classes from.
 */
import { GenesysCloudError, type BaseErrorInit } from "./base-error.js";

/** Fields shared by the failures that happen without a usable HTTP response. */
export interface CallFailureInit {
  readonly operationId: string;
  readonly attempts: number;
  readonly cause?: unknown;
}

/** The request never got a whole response: DNS, refused or reset connection, or a body cut short. */
export class ConnectionError extends GenesysCloudError {
  static override readonly kind: string = "ConnectionError";
  override name = "ConnectionError";

  constructor(init: CallFailureInit, message = `${init.operationId}: connection failed`) {
    super(message, init);
  }
}

/**
 * An attempt took longer than the timeout (client `timeoutMs` or per call), or the
 * call ran out of its retry budget (`maxElapsedMs`) while an attempt was in flight.
 */
export class TimeoutError extends ConnectionError {
  static override readonly kind: string = "TimeoutError";
  override name = "TimeoutError";
  readonly timeoutMs: number;

  constructor(init: CallFailureInit & { readonly timeoutMs: number; readonly budget?: boolean }) {
    super(
      init,
      init.budget
        ? `${init.operationId}: ran out of its ${init.timeoutMs} ms budget (maxElapsedMs)`
        : `${init.operationId}: timed out after ${init.timeoutMs} ms`,
    );
    this.timeoutMs = init.timeoutMs;
  }
}

/**
 * The caller aborted the call through `RequestOptions.signal`. Its `name` is
 * "AbortError", like the DOM's, so existing `e.name === "AbortError"` checks work.
 */
export class RequestAbortedError extends GenesysCloudError {
  static override readonly kind: string = "RequestAbortedError";
  override name = "AbortError";

  constructor(init: CallFailureInit) {
    super(`${init.operationId}: aborted`, init);
  }
}

/** An argument the call cannot be sent with (missing, empty, or not valid in a URL or header); nothing was sent. */
export class ArgumentError extends GenesysCloudError {
  static override readonly kind: string = "ArgumentError";
  override name = "ArgumentError";

  constructor(operationId: string, message: string) {
    super(message, { operationId, attempts: 0 });
  }
}

/** A 2xx response whose body is not the JSON the operation promises (malformed, or empty). */
export class ResponseParseError extends GenesysCloudError {
  static override readonly kind: string = "ResponseParseError";
  override name = "ResponseParseError";
  readonly status: number;
  readonly headers: Headers;

  constructor(
    init: BaseErrorInit & { readonly status: number; readonly headers: Headers },
    problem = "is not valid JSON",
  ) {
    const type = init.headers.get("content-type") ?? "no content type";
    super(`${init.operationId}: ${init.status} response ${problem} (${type})`, init);
    this.status = init.status;
    this.headers = init.headers;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}
