import type { Exchange } from "./transport.js";

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
  readonly credentials?: readonly [clientId: string, clientSecret: string];
}

/** The POST to `{loginBasePath}/oauth/token` for a grant, with Basic auth when a secret is used. */
export function tokenExchange(
  loginBasePath: string,
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
    url: `${loginBasePath}/oauth/token`,
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
