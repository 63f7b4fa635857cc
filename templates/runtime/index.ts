/** The public surface of the client runtime. */
export { ApiClient } from "./client.js";
export type { AccessTokenSource, ApiClientOptions } from "./client-options.js";
export { toApiPromise, type ApiPromise } from "./api-promise.js";
export { paginate, type PageCursor, type PageOptions } from "./paginate.js";
export { PureCloudRegionHosts, normalizeEnvironment, type PureCloudRegionHost } from "./regions.js";
export type {
  ServerChoice,
  ServerDescription,
  ServerVariableDescription,
  ServerVariables,
} from "./servers.js";
export type {
  ApiDescription,
  BasicCredentials,
  ClientCredentials,
  Credential,
  CredentialMap,
  SecretSource,
  SecurityRequirement,
  SecuritySchemeDescription,
} from "./security.js";
export { computePKCECodeChallenge, generatePKCECodeVerifier } from "./pkce.js";
export type { AuthData } from "./oauth.js";
export type { ConsoleLike, LogFields, LogLevel, Logger } from "./logger.js";
export type { HeaderRecord, RequestBody, RequestContext, ResponseContext } from "./transport.js";
export type { GatewayConfiguration } from "./gateway.js";
export { DEFAULT_RETRY_POLICY } from "./retry.js";
export {
  ApiError,
  ArgumentError,
  AuthenticationError,
  BadGatewayError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  GatewayTimeoutError,
  GenesysCloudError,
  InternalServerError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseParseError,
  ServiceUnavailableError,
  TimeoutError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  type ErrorBody,
} from "./errors.js";
export type {
  ApiResponse,
  HttpMethod,
  OperationOptions,
  OperationRequest,
  QueryPrimitive,
  QueryStyle,
  QueryValue,
  RequestOptions,
  RetryPolicy,
} from "./request.js";
