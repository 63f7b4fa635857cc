import type { ConsoleLike, LogLevel, Logger } from "./logger.js";
import type { RetryPolicy } from "./request.js";
import type { CredentialMap, SecretSource } from "./security.js";
import type { ServerChoice, ServerVariables } from "./servers.js";
import type { RequestContext, ResponseContext } from "./transport.js";

/** A bearer token, or a function asked before every request (it does its own caching). */
export type AccessTokenSource = SecretSource;

/** `C`: the credentials the API's security schemes take, by scheme name (generated per API). */
export interface ApiClientOptions<C extends CredentialMap = CredentialMap> {
  /**
   * A region host ("mypurecloud.ie"), also as "api.mypurecloud.ie" or "https://api.mypurecloud.ie/":
   * for a client without an API description (the Genesys Cloud API).
   */
  readonly environment?: string;
  /**
   * Which server of the API description requests go to: its index in the description's
   * `servers`, or its URL as the description writes it. The first by default.
   */
  readonly server?: ServerChoice;
  /** Values for the chosen server's URL variables; the description's defaults fill in the rest. */
  readonly serverVariables?: ServerVariables;
  /** Any API base URL (gateway, proxy, test server); wins over `environment` and `server`. */
  readonly basePath?: string;
  /** Base URL of the login server; defaults to `https://login.{environment}`. */
  readonly loginBasePath?: string;
  /**
   * A bearer token: for every request of a client without an API description, and for the
   * bearer and OAuth schemes of one that have no `credentials` of their own.
   */
  readonly accessToken?: AccessTokenSource;
  /** Credentials for the API description's security schemes, by scheme name. */
  readonly credentials?: C;
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
