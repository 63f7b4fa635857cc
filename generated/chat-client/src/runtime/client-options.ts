import type { ConsoleLike, LogLevel, Logger } from "./logger.js";
import type { RetryPolicy } from "./request.js";
import type { RequestContext, ResponseContext } from "./transport.js";

/** A bearer token, or a function asked before every request (it does its own caching). */
export type AccessTokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface ApiClientOptions {
  /** A region host ("mypurecloud.ie"), also as "api.mypurecloud.ie" or "https://api.mypurecloud.ie/". */
  readonly environment?: string;
  /** Any API base URL (gateway, proxy, test server); wins over `environment`. */
  readonly basePath?: string;
  /** Base URL of the login server; defaults to `https://login.{environment}`. */
  readonly loginBasePath?: string;
  readonly accessToken?: AccessTokenSource;
  /** Defaults to `globalThis.fetch`, looked up at call time. */
  readonly fetch?: typeof fetch;
  /** Per attempt, in milliseconds (default 16000, as the official SDK); 0 disables. */
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly defaultHeaders?: Readonly<Record<string, string>>;
  readonly logger?: Logger | ConsoleLike;
  /** Default "info": logins; "debug" adds a line per attempt, "trace" adds (redacted) headers. */
  readonly logLevel?: LogLevel;
  /** Adds request and response bodies to log lines (never for token requests). */
  readonly logBodies?: boolean;
  readonly onRequest?: (context: RequestContext) => void | Promise<void>;
  readonly onResponse?: (context: ResponseContext) => void | Promise<void>;
}
