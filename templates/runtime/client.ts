import { toApiPromise, type ApiPromise } from "./api-promise.js";
import { BaseUrls, resolveAgainst } from "./base-url.js";
import { encodeBody } from "./body.js";
import type { AccessTokenSource, ApiClientOptions } from "./client-options.js";
import { SecurityState, applyAccessToken } from "./credentials.js";
import { ArgumentError } from "./errors.js";
import type { GatewayConfiguration } from "./gateway.js";
import {
  byRefreshToken,
  clientCredentialsGrant,
  codeGrant,
  loginTokenUrl,
  refreshGrant,
  requestToken,
  type AuthData,
  type Renewal,
  type TokenGrant,
} from "./oauth.js";
import { computePKCECodeChallenge, generatePKCECodeVerifier } from "./pkce.js";
import type { ApiResponse, OperationRequest, RequestOptions } from "./request.js";
import { requestHeaders } from "./request-headers.js";
import type { ApiDescription, CredentialMap } from "./security.js";
import type { ServerChoice, ServerVariables } from "./servers.js";
import { TokenKeeper } from "./token-keeper.js";
import { send, transportSettings, type TransportSettings } from "./transport.js";
import { buildPathAndQuery, checkRequired } from "./url.js";

/**
 * Sends the operations of the generated API. Credentials live in #private fields,
 * so they never show in JSON.stringify, util.inspect or error messages.
 *
 * Without an API description it is the Genesys Cloud client: regions, a bearer access
 * token and the OAuth logins. Generated code for any other API passes its description:
 * its servers, and its security schemes (`C` types their credentials).
 */
export class ApiClient<C extends CredentialMap = CredentialMap> {
  readonly #urls: BaseUrls;
  readonly #tokens: TokenKeeper;
  readonly #security: SecurityState | undefined;
  #defaultHeaders: Readonly<Record<string, string>>;
  readonly #transport: TransportSettings;

  static #instance: ApiClient | undefined;

  /** A shared client, created on first use: the official SDK's `ApiClient.instance`. */
  static get instance(): ApiClient {
    return (ApiClient.#instance ??= new ApiClient());
  }

  constructor(options: ApiClientOptions<C> = {}, description?: ApiDescription) {
    this.#urls = new BaseUrls(options, description?.servers);
    this.#tokens = new TokenKeeper(options.accessToken);
    this.#defaultHeaders = options.defaultHeaders ?? {};
    this.#transport = transportSettings(options);
    const urls = this.#urls;
    this.#security =
      description &&
      new SecurityState(description, (grant, tokenUrl) =>
        requestToken(this.#transport, resolveAgainst(urls, tokenUrl, grant.operationId), grant),
      );
    if (options.credentials) this.setCredentials(options.credentials);
  }

  /** The region host, such as "mypurecloud.ie"; empty for a client of an API description. */
  get environment(): string {
    return this.#urls.environment;
  }

  /** The API base URL requests go to (the gateway's, when one is set). */
  get basePath(): string {
    return this.#urls.api;
  }

  /** Points the client (API and login) at a region; this replaces any basePath given before. */
  setEnvironment(environment: string): void {
    this.#urls.setEnvironment(environment);
  }

  /**
   * Sends requests to another server of the API description (by index, or by its URL as
   * the description writes it), with values for its URL variables; replaces any basePath.
   */
  setServer(server: ServerChoice, variables?: ServerVariables): void {
    this.#urls.setServer(server, variables);
  }

  /**
   * Sends API and login requests through a gateway, as the official SDK's `setGateway`;
   * without a `host` (or with no argument) the region's URLs apply again.
   */
  setGateway(gateway?: GatewayConfiguration): void {
    this.#urls.setGateway(gateway);
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

  /**
   * Sets the credentials of the security schemes named (undefined removes one); the others
   * keep theirs. A client-credentials scheme fetches a new token on its next use.
   */
  setCredentials(credentials: Partial<C>): void {
    this.#securityFor("setCredentials").set(credentials, "setCredentials");
  }

  /** Forgets the credentials of every security scheme. */
  clearCredentials(): void {
    this.#securityFor("clearCredentials").clear();
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
    let url = this.#urls.apiFor(operation.operationId) + buildPathAndQuery(operation);
    const { body, contentType } = encodeBody(operation);
    const headers = requestHeaders(operation, contentType, this.#defaultHeaders, options);
    // A caller-supplied Authorization (say, for one call on behalf of someone else) or API-key header wins.
    const pending = this.#security
      ? this.#security.apply(operation.security, headers, this.#tokens)
      : applyAccessToken(this.#tokens, headers);
    // Awaiting only a real promise saves a microtask hop on the common static-token path.
    const { query, secrets } = pending instanceof Promise ? await pending : pending;
    if (query) url += (url.includes("?") ? "&" : "?") + query;
    const { operationId, method, responseType, bodyOptional } = operation;
    const exchange = {
      operationId,
      method,
      url,
      headers,
      body,
      responseType,
      bodyOptional,
      secrets,
    };
    return send<T>({ settings: this.#transport, exchange, options, startedAt });
  }

  #securityFor(caller: string): SecurityState {
    if (this.#security) return this.#security;
    throw new ArgumentError(
      caller,
      `${caller}: this client has no API description with security schemes; use setAccessToken.`,
    );
  }

  /** Logs in with a client-credentials OAuth client; the token is renewed automatically before it expires. */
  loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<AuthData> {
    return this.#login(clientCredentialsGrant(clientId, clientSecret), (_auth, used) => used);
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
    const grant = codeGrant({ clientId, clientSecret }, authCode, redirectUri);
    return this.#login(grant, byRefreshToken);
  }

  /** Exchanges a refresh token for a new access token; later renewals use the newest refresh token. */
  refreshCodeAuthorizationGrant(
    clientId: string,
    clientSecret: string,
    refreshToken: string,
  ): Promise<AuthData> {
    return this.#login(refreshGrant(clientId, clientSecret, refreshToken), byRefreshToken);
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
    const grant = codeGrant({ clientId, codeVerifier }, authCode, redirectUri);
    return this.#login(grant, byRefreshToken);
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
    const tokenUrl = loginTokenUrl(this.#urls.login, grant.operationId);
    const { auth, renewAt } = await requestToken(this.#transport, tokenUrl, grant);
    const next = renewal(auth, grant);
    const renew = next && (() => this.#login(next, renewal, this.#tokens.version));
    const token = auth.accessToken;
    this.#tokens.install(version, { token, renewAt, expiresAt: auth.tokenExpiryTime, renew });
    return auth;
  }
}
