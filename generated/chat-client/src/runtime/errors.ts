/**
 * Every way a call can fail, all under `GenesysCloudError`. HTTP failures are
 * `ApiError` subclasses picked by status, so callers can
 * `catch (e) { if (e instanceof NotFoundError) ... }`. Class names are set as
 * `name` fields and static `kind`s because minifiers rename classes.
 */
import { GenesysCloudError } from "./base-error.js";

/** The platform's error payload (structurally the spec's ErrorBody). */
export interface ErrorBody {
  message?: string;
  code?: string;
  status?: number;
  entityId?: string;
  entityName?: string;
  messageWithParams?: string;
  messageParams?: { [key: string]: string };
  contextId?: string;
  details?: Array<{
    errorCode?: string;
    fieldName?: string;
    entityId?: string;
    entityName?: string;
  }>;
  errors?: ErrorBody[];
  limit?: { key?: string; namespace?: string; value?: number };
}

/** What the transport knows about a failed HTTP exchange. */
export interface ApiErrorInit {
  readonly operationId: string;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly body: ErrorBody | undefined;
  /** The raw body text, shown in the message when it is not an ErrorBody. */
  readonly text: string;
  readonly attempts: number;
}

/** A non-2xx response. */
export class ApiError extends GenesysCloudError {
  static override readonly kind: string = "ApiError";
  override name = "ApiError";
  readonly status: number;
  readonly body: ErrorBody | undefined;
  readonly headers: Headers;
  /** The platform's error code from the body (`"not.found"`), as the official SDK's `err.code`. */
  readonly code: string | undefined;

  constructor(init: ApiErrorInit) {
    const correlationId = init.headers.get("inin-correlation-id");
    const detail = init.body?.message ?? init.text.slice(0, 200);
    super(
      `${init.operationId}: ${init.status} ${init.statusText}` +
        (detail ? `: ${detail}` : "") +
        (correlationId ? ` (correlation id ${correlationId})` : ""),
      init,
    );
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.code = typeof init.body?.code === "string" ? init.body.code : undefined;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, code: this.code, body: this.body };
  }
}

export class BadRequestError extends ApiError {
  static override readonly kind: string = "BadRequestError";
  override name = "BadRequestError";
}
export class AuthenticationError extends ApiError {
  static override readonly kind: string = "AuthenticationError";
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends ApiError {
  static override readonly kind: string = "PermissionDeniedError";
  override name = "PermissionDeniedError";
}
export class NotFoundError extends ApiError {
  static override readonly kind: string = "NotFoundError";
  override name = "NotFoundError";
}
export class RequestTimeoutError extends ApiError {
  static override readonly kind: string = "RequestTimeoutError";
  override name = "RequestTimeoutError";
}
export class ConflictError extends ApiError {
  static override readonly kind: string = "ConflictError";
  override name = "ConflictError";
}
export class PayloadTooLargeError extends ApiError {
  static override readonly kind: string = "PayloadTooLargeError";
  override name = "PayloadTooLargeError";
}
export class UnsupportedMediaTypeError extends ApiError {
  static override readonly kind: string = "UnsupportedMediaTypeError";
  override name = "UnsupportedMediaTypeError";
}
export class UnprocessableEntityError extends ApiError {
  static override readonly kind: string = "UnprocessableEntityError";
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends ApiError {
  static override readonly kind: string = "RateLimitError";
  override name = "RateLimitError";
}
export class InternalServerError extends ApiError {
  static override readonly kind: string = "InternalServerError";
  override name = "InternalServerError";
}
export class BadGatewayError extends InternalServerError {
  static override readonly kind: string = "BadGatewayError";
  override name = "BadGatewayError";
}
export class ServiceUnavailableError extends InternalServerError {
  static override readonly kind: string = "ServiceUnavailableError";
  override name = "ServiceUnavailableError";
}
export class GatewayTimeoutError extends InternalServerError {
  static override readonly kind: string = "GatewayTimeoutError";
  override name = "GatewayTimeoutError";
}

type ApiErrorClass = new (init: ApiErrorInit) => ApiError;

/** Builds the ApiError subclass that matches `init.status`. */
export function createApiError(init: ApiErrorInit): ApiError {
  // A table keeps the status -> class mapping in one readable place.
  const byStatus: Record<number, [ApiErrorClass, string]> = {
    400: [BadRequestError, "Bad Request"],
    401: [AuthenticationError, "Unauthorized"],
    403: [PermissionDeniedError, "Forbidden"],
    404: [NotFoundError, "Not Found"],
    408: [RequestTimeoutError, "Request Timeout"],
    409: [ConflictError, "Conflict"],
    413: [PayloadTooLargeError, "Payload Too Large"],
    415: [UnsupportedMediaTypeError, "Unsupported Media Type"],
    422: [UnprocessableEntityError, "Unprocessable Entity"],
    429: [RateLimitError, "Too Many Requests"],
    500: [InternalServerError, "Internal Server Error"],
    502: [BadGatewayError, "Bad Gateway"],
    503: [ServiceUnavailableError, "Service Unavailable"],
    504: [GatewayTimeoutError, "Gateway Timeout"],
  };
  const [ErrorClass, text] = byStatus[init.status] ?? [
    init.status >= 500 ? InternalServerError : ApiError,
    "",
  ];
  // HTTP/2 and some fetch fakes leave statusText empty; the standard phrase reads better.
  return new ErrorClass({ ...init, statusText: init.statusText || text });
}

export { GenesysCloudError, type BaseErrorInit } from "./base-error.js";
export {
  ArgumentError,
  ConnectionError,
  RequestAbortedError,
  ResponseParseError,
  TimeoutError,
  type CallFailureInit,
} from "./call-errors.js";
