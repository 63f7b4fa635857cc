import { toApiPromise, type ApiPromise } from "./api-promise.js";
import { encodeBody } from "./body.js";
import type { AccessTokenSource, ApiClientOptions } from "./client-options.js";
import { createLogSink } from "./logger.js";
import {
  tokenExchange,
  toAuthData,
  type AuthData,
  type TokenGrant,
  type TokenResponse,
} from "./oauth.js";
import { computePKCECodeChallenge, generatePKCECodeVerifier } from "./pkce.js";
import { normalizeEnvironment } from "./regions.js";
import type { ApiResponse, OperationRequest, RequestOptions } from "./request.js";
import { DEFAULT_RETRY_POLICY } from "./retry.js";
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
  #token: AccessTokenSource | undefined;
  #renew: (() => Promise<AuthData>) | undefined;
  #renewAt = Infinity;
  #renewing: Promise<AuthData> | undefined;
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
    this.#token = options.accessToken;
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

  async #execute<T>(
    operation: OperationRequest,
    options?: RequestOptions,
  ): Promise<ApiResponse<T>> {
    checkRequired(operation);
    const url = this.#basePath + buildPathAndQuery(operation);
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
      const pending = this.#accessToken();
      // Awaiting only a real promise saves a microtask hop on the common static-token path.
      const token = typeof pending === "object" ? await pending : pending;
      if (token) headers.authorization = `Bearer ${token}`;
    }
    const { operationId, method, responseType } = operation;
    return send<T>({
      settings: this.#transport,
      exchange: { operationId, method, url, headers, body, responseType },
      options,
    });
  }

  #accessToken(): string | undefined | Promise<string | undefined> {
    if (this.#renew && Date.now() >= this.#renewAt) {
      // Every request that finds the token stale waits on this one renewal.
      this.#renewing ??= this.#renew().finally(() => (this.#renewing = undefined));
      // Read the token once afterwards without re-checking, so a very short-lived token cannot loop.
      return this.#renewing.then(() => this.#currentToken());
    }
    return this.#currentToken();
  }

  #currentToken(): string | undefined | Promise<string | undefined> {
    const token = this.#token;
    return typeof token === "function" ? token() : token;
  }

  /** Logs in with a client-credentials OAuth client; the token is renewed automatically before it expires. */
  async loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<AuthData> {
    const form = { grant_type: "client_credentials" };
    const auth = await this.#grant({
      operationId: "loginClientCredentialsGrant",
      form,
      credentials: [clientId, clientSecret],
    });
    this.#renew = () => this.loginClientCredentialsGrant(clientId, clientSecret);
    return auth;
  }

  /** Exchanges a refresh token for a new access token; later renewals use the newest refresh token. */
  async refreshCodeAuthorizationGrant(
    clientId: string,
    clientSecret: string,
    refreshToken: string,
  ): Promise<AuthData> {
    const form = { grant_type: "refresh_token", refresh_token: refreshToken };
    const auth = await this.#grant({
      operationId: "refreshCodeAuthorizationGrant",
      form,
      credentials: [clientId, clientSecret],
    });
    const next = auth.refreshToken ?? refreshToken;
    this.#renew = () => this.refreshCodeAuthorizationGrant(clientId, clientSecret, next);
    return auth;
  }

  /** Completes a PKCE code authorization: trades the code and its verifier for a token. */
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
    return this.#grant({ operationId: "authorizePKCEGrant", form });
  }

  /** A random PKCE code verifier of 43 to 128 characters. */
  generatePKCECodeVerifier(nChar: number): string {
    return generatePKCECodeVerifier(nChar);
  }

  /** The S256 challenge for a PKCE code verifier. */
  computePKCECodeChallenge(code: string): Promise<string> {
    return computePKCECodeChallenge(code);
  }

  async #grant(grant: TokenGrant): Promise<AuthData> {
    const exchange = tokenExchange(this.#loginBasePath, grant);
    const { data } = await send<TokenResponse>({ settings: this.#transport, exchange });
    const { auth, renewAt } = toAuthData(data);
    this.#token = auth.accessToken;
    this.#renew = undefined;
    this.#renewAt = renewAt;
    const log = this.#transport.log;
    const { operationId, method, url } = exchange;
    if (log.rank >= 2)
      log.write("info", `${operationId}: access token obtained`, { operationId, method, url });
    return auth;
  }
}
