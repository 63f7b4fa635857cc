import { toApiPromise, type ApiPromise } from "./api-promise.js";
import { encodeBody } from "./body.js";
import { createLogSink, type ConsoleLike, type LogLevel, type Logger } from "./logger.js";
import { tokenExchange, toAuthData, type AuthData, type TokenResponse } from "./oauth.js";
import { computePKCECodeChallenge, generatePKCECodeVerifier } from "./pkce.js";
import { normalizeEnvironment } from "./regions.js";
import type { ApiResponse, OperationRequest, RequestOptions, RetryPolicy } from "./request.js";
import { DEFAULT_RETRY_POLICY } from "./retry.js";
import { send, type RequestContext, type ResponseContext, type TransportSettings } from "./transport.js";
import { buildPathAndQuery, checkRequired } from "./url.js";

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

const trimSlashes = (url: string): string => url.replace(/\/+$/, "");

/**
 * Sends the operations of the generated API. Credentials live in #private fields,
 * so they never show in JSON.stringify, util.inspect or error messages.
 */
export class ApiClient {
  #environment = "";
  #basePath = "";
  #loginBasePath = "";
  #token: AccessTokenSource | undefined;
  #renew: (() => Promise<AuthData>) | undefined;
  #renewAt = Infinity;
  #renewing: Promise<AuthData> | undefined;
  #defaultHeaders: Readonly<Record<string, string>>;
  readonly #transport: TransportSettings;

  constructor(options: ApiClientOptions = {}) {
    this.setEnvironment(options.environment ?? "mypurecloud.com");
    if (options.basePath) this.#basePath = trimSlashes(options.basePath);
    if (options.loginBasePath) this.#loginBasePath = trimSlashes(options.loginBasePath);
    this.#token = options.accessToken;
    this.#defaultHeaders = options.defaultHeaders ?? {};
    const customFetch = options.fetch;
    this.#transport = {
      fetch: () => customFetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? 16_000,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      log: createLogSink(options.logger, options.logLevel, options.logBodies),
      onRequest: options.onRequest,
      onResponse: options.onResponse,
    };
  }

  /** The region host, such as "mypurecloud.ie". */
  get environment(): string {
    return this.#environment;
  }

  /** The API base URL requests go to. */
  get basePath(): string {
    return this.#basePath;
  }

  /** Points the client (API and login) at a region; this replaces any basePath given before. */
  setEnvironment(environment: string): void {
    this.#environment = normalizeEnvironment(environment);
    this.#basePath = `https://api.${this.#environment}`;
    this.#loginBasePath = `https://login.${this.#environment}`;
  }

  /** Uses this token (or token function) from now on, ending any automatic renewal. */
  setAccessToken(token: AccessTokenSource | undefined): void {
    this.#token = token;
    this.#renew = undefined;
    this.#renewAt = Infinity;
  }

  /** Replaces the headers sent with every request. */
  setDefaultHeaders(headers: Readonly<Record<string, string>>): void {
    this.#defaultHeaders = headers;
  }

  /** The headers sent with every request. */
  getDefaultHeaders(): Readonly<Record<string, string>> {
    return this.#defaultHeaders;
  }

  /** Sends one operation; generated code calls this. */
  request<T>(operation: OperationRequest, options?: RequestOptions): ApiPromise<T> {
    return toApiPromise(this.#execute<T>(operation, options));
  }

  async #execute<T>(operation: OperationRequest, options?: RequestOptions): Promise<ApiResponse<T>> {
    checkRequired(operation);
    const url = this.#basePath + buildPathAndQuery(operation);
    const { body, contentType } = encodeBody(operation);
    const json = operation.responseType === "json" || operation.responseType === "void";
    const headers = new Headers({ accept: json ? "application/json" : "*/*" });
    if (contentType) headers.set("content-type", contentType);
    for (const extra of [this.#defaultHeaders, operation.headers, options?.headers]) {
      for (const name in extra) {
        const value = extra[name];
        if (value !== undefined) headers.set(name, value);
      }
    }
    // A caller-supplied Authorization (say, for one call on behalf of someone else) wins.
    if (!headers.has("authorization")) {
      const token = await this.#accessToken();
      if (token) headers.set("authorization", `Bearer ${token}`);
    }
    const { operationId, method, responseType } = operation;
    return send<T>(this.#transport, { operationId, method, url, headers, body, responseType }, options);
  }

  async #accessToken(): Promise<string | undefined> {
    if (this.#renew && Date.now() >= this.#renewAt) {
      // Every request that finds the token stale waits on this one renewal.
      this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined));
      await this.#renewing;
    }
    const token = this.#token;
    return typeof token === "function" ? token() : token;
  }

  /** Logs in with a client-credentials OAuth client; the token is renewed automatically before it expires. */
  async loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<AuthData> {
    const grant = { grant_type: "client_credentials" };
    const auth = await this.#grant("loginClientCredentialsGrant", grant, [clientId, clientSecret]);
    this.#renew = () => this.loginClientCredentialsGrant(clientId, clientSecret);
    return auth;
  }

  /** Exchanges a refresh token for a new access token; later renewals use the newest refresh token. */
  async refreshCodeAuthorizationGrant(clientId: string, clientSecret: string, refreshToken: string): Promise<AuthData> {
    const grant = { grant_type: "refresh_token", refresh_token: refreshToken };
    const auth = await this.#grant("refreshCodeAuthorizationGrant", grant, [clientId, clientSecret]);
    const next = auth.refreshToken ?? refreshToken;
    this.#renew = () => this.refreshCodeAuthorizationGrant(clientId, clientSecret, next);
    return auth;
  }

  /** Completes a PKCE code authorization: trades the code and its verifier for a token. */
  authorizePKCEGrant(clientId: string, codeVerifier: string, authCode: string, redirectUri: string): Promise<AuthData> {
    const grant = {
      grant_type: "authorization_code",
      code: authCode,
      code_verifier: codeVerifier,
      client_id: clientId,
      redirect_uri: redirectUri,
    };
    return this.#grant("authorizePKCEGrant", grant);
  }

  /** A random PKCE code verifier of 43 to 128 characters. */
  generatePKCECodeVerifier(nChar: number): string {
    return generatePKCECodeVerifier(nChar);
  }

  /** The S256 challenge for a PKCE code verifier. */
  computePKCECodeChallenge(code: string): Promise<string> {
    return computePKCECodeChallenge(code);
  }

  async #grant(operationId: string, form: Record<string, string>, credentials?: readonly [string, string]): Promise<AuthData> {
    const exchange = tokenExchange(this.#loginBasePath, operationId, form, credentials);
    const { data } = await send<TokenResponse>(this.#transport, exchange);
    const { auth, renewAt } = toAuthData(data);
    this.#token = auth.accessToken;
    this.#renew = undefined;
    this.#renewAt = renewAt;
    const log = this.#transport.log;
    if (log.rank >= 2) log.write("info", `${operationId}: access token obtained`, { operationId, url: exchange.url });
    return auth;
  }
}
