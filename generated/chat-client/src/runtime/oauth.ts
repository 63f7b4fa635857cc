import { ArgumentError, ResponseParseError } from "./errors.js";
import { send, type Exchange, type TransportSettings } from "./transport.js";

/** What a login resolves, shaped like the official SDK's AuthData. */
export interface AuthData {
  accessToken: string;
  /** Epoch milliseconds when the token expires. */
  tokenExpiryTime: number;
  tokenExpiryTimeString: string;
  /** Present after a code-authorization refresh; the next refresh uses it. */
  refreshToken?: string;
}

/** The login server's JSON answer (RFC 6749 section 5.1). */
export interface TokenResponse {
  access_token: string;
  expires_in?: number;
  refresh_token?: string;
}

/** Renew this long before expiry so a request never leaves with a token about to lapse. */
const RENEW_MARGIN_MS = 60_000;

/** One OAuth grant: the form fields, and the client credentials when the grant uses a secret. */
export interface TokenGrant {
  readonly operationId: string;
  readonly form: Record<string, string>;
  readonly credentials?: readonly [clientId: string, clientSecret: string] | undefined;
}

/** A grant by a confidential client, which authenticates with its id and secret. */
export function secretGrant(
  operationId: string,
  form: Record<string, string>,
  clientId: string,
  clientSecret: string,
): TokenGrant {
  return { operationId, form, credentials: [clientId, clientSecret] };
}

/** The client-credentials grant of `loginClientCredentialsGrant`. */
export function clientCredentialsGrant(clientId: string, clientSecret: string): TokenGrant {
  const form = { grant_type: "client_credentials" };
  return secretGrant("loginClientCredentialsGrant", form, clientId, clientSecret);
}

/** A refresh token grant of a confidential client. */
export function refreshGrant(
  clientId: string,
  clientSecret: string,
  refreshToken: string,
): TokenGrant {
  const form = { grant_type: "refresh_token", refresh_token: refreshToken };
  return secretGrant("refreshCodeAuthorizationGrant", form, clientId, clientSecret);
}

/** Who trades an authorization code: a confidential client (secret) or a public one (PKCE verifier). */
export type CodeClient =
  | { readonly clientId: string; readonly clientSecret: string }
  | { readonly clientId: string; readonly codeVerifier: string };

/** An authorization-code grant: `loginCodeAuthorizationGrant`, or `authorizePKCEGrant` with a verifier. */
export function codeGrant(client: CodeClient, code: string, redirectUri: string): TokenGrant {
  const grantType = "authorization_code";
  if ("clientSecret" in client) {
    const form = { grant_type: grantType, code, redirect_uri: redirectUri };
    return secretGrant("loginCodeAuthorizationGrant", form, client.clientId, client.clientSecret);
  }
  const { clientId, codeVerifier } = client;
  const form = {
    grant_type: grantType,
    code,
    code_verifier: codeVerifier,
    client_id: clientId,
    redirect_uri: redirectUri,
  };
  return { operationId: "authorizePKCEGrant", form };
}

/** The POST to a token endpoint for a grant, with Basic auth when a secret is used. */
export function tokenExchange(
  tokenUrl: string,
  { operationId, form, credentials }: TokenGrant,
): Exchange {
  const headers: Record<string, string> = {
    accept: "application/json",
    "content-type": "application/x-www-form-urlencoded",
  };
  if (credentials) headers.authorization = `Basic ${btoa(credentials.join(":"))}`;
  const body = new URLSearchParams(form).toString();
  return {
    operationId,
    method: "POST",
    url: tokenUrl,
    headers,
    body,
    responseType: "json",
    sensitive: true,
  };
}

/** Turns a token response into AuthData, and says when to renew it (Infinity: never). */
export function toAuthData(
  response: TokenResponse,
  now = Date.now(),
): { auth: AuthData; renewAt: number } {
  const lifetimeMs =
    typeof response.expires_in === "number" ? response.expires_in * 1000 : Infinity;
  const tokenExpiryTime = now + lifetimeMs;
  const auth: AuthData = {
    accessToken: response.access_token,
    tokenExpiryTime,
    tokenExpiryTimeString: Number.isFinite(tokenExpiryTime)
      ? new Date(tokenExpiryTime).toUTCString()
      : "",
  };
  if (response.refresh_token) auth.refreshToken = response.refresh_token;
  // Short-lived tokens renew at half their life instead, or every call would renew.
  return { auth, renewAt: tokenExpiryTime - Math.min(RENEW_MARGIN_MS, lifetimeMs / 2) };
}

/** How a grant's token is renewed: the next grant to send, or undefined for none. */
export type Renewal = (auth: AuthData, used: TokenGrant) => TokenGrant | undefined;

/** Renews with the refresh token the server returned (or the one just used). */
export const byRefreshToken: Renewal = (auth, used) => {
  const refreshToken = auth.refreshToken ?? used.form.refresh_token;
  if (!refreshToken) return undefined;
  // A public (PKCE) client has no secret: it names itself in the form instead.
  const form: Record<string, string> = { grant_type: "refresh_token", refresh_token: refreshToken };
  if (!used.credentials) form.client_id = used.form.client_id ?? "";
  return { operationId: "refreshCodeAuthorizationGrant", form, credentials: used.credentials };
};

/**
 * The Genesys login server's token endpoint. A client of another API's description has no
 * login server unless `loginBasePath` is set: its OAuth schemes take client credentials instead.
 */
export function loginTokenUrl(loginBasePath: string, operationId: string): string {
  if (loginBasePath) return `${loginBasePath}/oauth/token`;
  throw new ArgumentError(
    operationId,
    `${operationId}: this client has no login server; give the API's OAuth scheme client credentials, or set loginBasePath.`,
  );
}

/** Sends a grant to the token endpoint (`{loginBasePath}/oauth/token` for Genesys logins) and reads the token it returns. */
export async function requestToken(
  settings: TransportSettings,
  tokenUrl: string,
  grant: TokenGrant,
): Promise<{ auth: AuthData; renewAt: number }> {
  const exchange = tokenExchange(tokenUrl, grant);
  const { data, status, headers, attempts } = await send<TokenResponse | undefined>({
    settings,
    exchange,
  });
  const { operationId, method, url } = exchange;
  if (typeof data?.access_token !== "string" || data.access_token === "") {
    throw new ResponseParseError({ operationId, status, headers, attempts }, "has no access_token");
  }
  if (settings.log.rank >= 2)
    settings.log.write("info", `${operationId}: access token obtained`, {
      operationId,
      method,
      url,
    });
  return toAuthData(data);
}
