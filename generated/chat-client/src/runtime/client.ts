import { toApiPromise, type ApiPromise } from "./api-promise.js";
import { encodeBody } from "./body.js";
import type { AccessTokenSource, ApiClientOptions } from "./client-options.js";
import { gatewayUrl, type GatewayConfiguration } from "./gateway.js";
import { createLogSink } from "./logger.js";
import {
  byRefreshToken,
  requestToken,
  secretGrant,
  type AuthData,
  type Renewal,
  type TokenGrant,
} from "./oauth.js";
import { computePKCECodeChallenge, generatePKCECodeVerifier } from "./pkce.js";
import { normalizeEnvironment } from "./regions.js";
import type { ApiResponse, OperationRequest, RequestOptions } from "./request.js";
import { DEFAULT_RETRY_POLICY } from "./retry.js";
import { TokenKeeper } from "./token-keeper.js";
import { send, type HeaderRecord, type TransportSettings } from "./transport.js";
import { buildPathAndQuery, checkRequired } from "./url.js";

const trimSlashes = (url: string): string => url.replace(/\/+$/, "");

/**
 * Sends the operations of the generated API. Credentials live in #private fields,
 * so they never show in JSON.stringify, util.inspect or error messages.
 */
export class ApiClient {
  #environment = "";
  #basePath = "";
  #loginBasePath = "";
  #gateway: GatewayConfiguration | undefined;
  readonly #tokens: TokenKeeper;
  #defaultHeaders: Readonly<Record<string, string>>;
  readonly #transport: TransportSettings;

  static #instance: ApiClient | undefined;

  /** A shared client, created on first use: the official SDK's `ApiClient.instance`. */
  static get instance(): ApiClient {
    return (ApiClient.#instance ??= new ApiClient());
  }

  constructor(options: ApiClientOptions = {}) {
    this.setEnvironment(options.environment ?? "mypurecloud.com");
    if (options.basePath) this.#basePath = trimSlashes(options.basePath);
    if (options.loginBasePath) this.#loginBasePath = trimSlashes(options.loginBasePath);
    this.#tokens = new TokenKeeper(options.accessToken);
    this.#defaultHeaders = options.defaultHeaders ?? {};
    const customFetch = options.fetch;
    this.#transport = {
      fetch: () => customFetch ?? globalThis.fetch,
      timeoutMs: options.timeoutMs ?? 16_000,
      retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
      log: createLogSink(options),
      onRequest: options.onRequest,
      onResponse: options.onResponse,
    };
  }

  /** The region host, such as "mypurecloud.ie". */
  get environment(): string {
    return this.#environment;
  }

  /** The API base URL requests go to (the gateway's, when one is set). */
  get basePath(): string {
    return gatewayUrl(this.#gateway, "api") ?? this.#basePath;
  }

  /** Points the client (API and login) at a region; this replaces any basePath given before. */
  setEnvironment(environment: string): void {
    this.#environment = normalizeEnvironment(environment);
    this.#basePath = `https://api.${this.#environment}`;
    this.#loginBasePath = `https://login.${this.#environment}`;
  }

  /**
   * Sends API and login requests through a gateway, as the official SDK's `setGateway`;
   * without a `host` (or with no argument) the region's URLs apply again.
   */
  setGateway(gateway?: GatewayConfiguration): void {
    this.#gateway = gateway ? { ...gateway } : undefined;
  }

  /**
   * Uses this token (or token function) from now on, ending any automatic renewal.
   * It wins over a login or renewal still in flight.
   */
  setAccessToken(token: AccessTokenSource | undefined): void {
    this.#tokens.set(token);
  }

  /** Forgets the token and ends any automatic renewal; calls go out without Authorization. */
  clearAccessToken(): void {
    this.#tokens.set(undefined);
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

  async #execute<T>(
    operation: OperationRequest,
    options?: RequestOptions,
  ): Promise<ApiResponse<T>> {
    const startedAt = Date.now();
    checkRequired(operation);
    const url = this.basePath + buildPathAndQuery(operation);
    const { body, contentType } = encodeBody(operation);
    const json = operation.responseType === "json" || operation.responseType === "void";
    const headers: HeaderRecord = { accept: operation.accept ?? (json ? "application/json" : "*/*") };
    if (contentType) headers["content-type"] = contentType;
    for (const extra of [this.#defaultHeaders, operation.headers, options?.headers]) {
      for (const name in extra) {
        const value = extra[name];
        if (value !== undefined) headers[name.toLowerCase()] = value;
      }
    }
    // A caller-supplied Authorization (say, for one call on behalf of someone else) wins.
    if (!headers.authorization) {
      const pending = this.#tokens.token();
      // Awaiting only a real promise saves a microtask hop on the common static-token path.
      const token = typeof pending === "object" ? await pending : pending;
      if (token) headers.authorization = `Bearer ${token}`;
    }
    const { operationId, method, responseType, bodyOptional } = operation;
    const exchange = { operationId, method, url, headers, body, responseType, bodyOptional };
    return send<T>({ settings: this.#transport, exchange, options, startedAt });
  }

  /** Logs in with a client-credentials OAuth client; the token is renewed automatically before it expires. */
  loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<AuthData> {
    const form = { grant_type: "client_credentials" };
    const grant = secretGrant("loginClientCredentialsGrant", form, clientId, clientSecret);
    return this.#login(grant, (_auth, used) => used);
  }

  /**
   * Trades an authorization code for a token (a confidential code-authorization client,
   * server side); the refresh token it returns renews the token automatically.
   */
  loginCodeAuthorizationGrant(
    clientId: string,
    clientSecret: string,
    authCode: string,
    redirectUri: string,
  ): Promise<AuthData> {
    const form = { grant_type: "authorization_code", code: authCode, redirect_uri: redirectUri };
    const grant = secretGrant("loginCodeAuthorizationGrant", form, clientId, clientSecret);
    return this.#login(grant, byRefreshToken);
  }

  /** Exchanges a refresh token for a new access token; later renewals use the newest refresh token. */
  refreshCodeAuthorizationGrant(
    clientId: string,
    clientSecret: string,
    refreshToken: string,
  ): Promise<AuthData> {
    const form = { grant_type: "refresh_token", refresh_token: refreshToken };
    const grant = secretGrant("refreshCodeAuthorizationGrant", form, clientId, clientSecret);
    return this.#login(grant, byRefreshToken);
  }

  /**
   * Completes a PKCE code authorization: trades the code and its verifier for a token.
   * When the server returns a refresh token, the token is renewed with it automatically.
   */
  authorizePKCEGrant(
    clientId: string,
    codeVerifier: string,
    authCode: string,
    redirectUri: string,
  ): Promise<AuthData> {
    const form = {
      grant_type: "authorization_code",
      code: authCode,
      code_verifier: codeVerifier,
      client_id: clientId,
      redirect_uri: redirectUri,
    };
    return this.#login({ operationId: "authorizePKCEGrant", form }, byRefreshToken);
  }

  /** A random PKCE code verifier of 43 to 128 characters. */
  generatePKCECodeVerifier(nChar: number): string {
    return generatePKCECodeVerifier(nChar);
  }

  /** The S256 challenge for a PKCE code verifier. */
  computePKCECodeChallenge(code: string): Promise<string> {
    return computePKCECodeChallenge(code);
  }

  /**
   * Sends a grant and installs its token with the way to renew it. A login the
   * application starts claims a new token version; a renewal passes the current one.
   */
  async #login(
    grant: TokenGrant,
    renewal: Renewal,
    version = this.#tokens.claim(),
  ): Promise<AuthData> {
    const loginBasePath = gatewayUrl(this.#gateway, "login") ?? this.#loginBasePath;
    const { auth, renewAt } = await requestToken(this.#transport, loginBasePath, grant);
    const next = renewal(auth, grant);
    const renew = next && (() => this.#login(next, renewal, this.#tokens.version));
    const token = auth.accessToken;
    this.#tokens.install(version, { token, renewAt, expiresAt: auth.tokenExpiryTime, renew });
    return auth;
  }
}
