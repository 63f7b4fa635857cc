import { ArgumentError } from "./errors.js";
import { secretGrant, type AuthData, type TokenGrant } from "./oauth.js";
import {
  credentialProblem,
  isBearerScheme,
  pickRequirement,
  type ApiDescription,
  type ClientCredentials,
  type Credential,
  type CredentialMap,
  type SecretSource,
  type SecurityRequirement,
  type SecuritySchemeDescription,
} from "./security.js";
import { TokenKeeper } from "./token-keeper.js";
import type { HeaderRecord } from "./transport.js";

/** Fetches a client-credentials token from `tokenUrl` (relative ones resolved by the client). */
export type TokenFetcher = (
  grant: TokenGrant,
  tokenUrl: string,
) => Promise<{ auth: AuthData; renewAt: number }>;

/** A credential as the client keeps it: ready to read on every request. */
type Held =
  | { readonly kind: "secret"; readonly source: SecretSource }
  | { readonly kind: "basic"; readonly header: string }
  | { readonly kind: "client"; readonly keeper: TokenKeeper };

/** What applying credentials adds beside headers: query pairs, and every secret sent (for redaction). */
export interface AppliedCredentials {
  readonly query: string;
  readonly secrets: readonly string[];
}

/**
 * The API description's security schemes and the credentials set for them. Everything is in
 * #private fields, so no credential shows in JSON.stringify, util.inspect or error messages.
 */
export class SecurityState {
  readonly #description: ApiDescription;
  readonly #fetchToken: TokenFetcher;
  readonly #held = new Map<string, Held>();

  constructor(description: ApiDescription, fetchToken: TokenFetcher) {
    this.#description = description;
    this.#fetchToken = fetchToken;
  }

  /** Sets (or, with undefined, removes) the credentials of the schemes named. */
  set(credentials: CredentialMap, caller: string): void {
    const schemes = this.#description.securitySchemes;
    for (const name of Object.keys(credentials)) {
      const scheme = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
      if (!scheme) {
        const known = Object.keys(schemes).join(", ") || "none";
        throw new ArgumentError(
          caller,
          `${caller}: the API has no security scheme "${name}" (it has: ${known}).`,
        );
      }
      const credential = credentials[name];
      if (credential === undefined) {
        this.#held.delete(name);
        continue;
      }
      const problem = credentialProblem(scheme, credential);
      if (problem)
        throw new ArgumentError(caller, `${caller}: security scheme "${name}" ${problem}.`);
      this.#held.set(name, this.#hold(name, scheme, credential));
    }
  }

  /** Forgets every credential set. */
  clear(): void {
    this.#held.clear();
  }

  /**
   * Adds what the operation's requirements (the description's when it states none) call for
   * to `headers`, and returns the query pairs to append. `fallback` holds the client's
   * `accessToken`, which serves bearer schemes without credentials of their own, and every
   * request when the description declares no scheme at all.
   */
  async apply(
    requirements: readonly SecurityRequirement[] | undefined,
    headers: HeaderRecord,
    fallback: TokenKeeper,
  ): Promise<AppliedCredentials> {
    const schemes = this.#description.securitySchemes;
    const bearerOnly: SecuritySchemeDescription = { type: "http", scheme: "bearer" };
    const applied = { query: [] as string[], secrets: [] as string[] };
    if (Object.keys(schemes).length === 0) {
      await this.#applyOne({ name: "", scheme: bearerOnly, headers, applied, fallback });
      return { query: applied.query.join("&"), secrets: applied.secrets };
    }
    const has = (name: string): boolean =>
      this.#held.has(name) || (isBearerScheme(schemes[name] ?? bearerOnly) && fallback.holdsToken);
    for (const name of pickRequirement(requirements ?? this.#description.security, has)) {
      await this.#applyOne({ name, scheme: schemes[name]!, headers, applied, fallback });
    }
    return { query: applied.query.join("&"), secrets: applied.secrets };
  }

  async #applyOne({ name, scheme, headers, applied, fallback }: ApplyStep): Promise<void> {
    const held = this.#held.get(name);
    if (held?.kind === "basic") {
      headers.authorization ??= held.header;
      applied.secrets.push(held.header);
      return;
    }
    const pending =
      held?.kind === "client"
        ? held.keeper.token()
        : held
          ? readSecret(held.source)
          : fallback.token();
    const value = typeof pending === "object" ? await pending : pending;
    if (!value) return;
    applied.secrets.push(value);
    if (scheme.type !== "apiKey") headers.authorization ??= `Bearer ${value}`;
    else if (scheme.in === "header") headers[scheme.name.toLowerCase()] ??= value;
    else if (scheme.in === "cookie")
      headers.cookie = [headers.cookie, `${scheme.name}=${value}`].filter(Boolean).join("; ");
    else {
      applied.query.push(`${encodeURIComponent(scheme.name)}=${encodeURIComponent(value)}`);
      applied.secrets.push(encodeURIComponent(value));
    }
  }

  #hold(name: string, scheme: SecuritySchemeDescription, credential: Credential): Held {
    if (typeof credential === "string" || typeof credential === "function")
      return { kind: "secret", source: credential };
    if (scheme.type === "oauth2" && scheme.tokenUrl && "clientId" in credential) {
      return { kind: "client", keeper: this.#clientKeeper(name, scheme.tokenUrl, credential) };
    }
    const { username, password } = credential as { username: string; password: string };
    return { kind: "basic", header: `Basic ${btoa(utf8Binary(`${username}:${password}`))}` };
  }

  /**
   * A token keeper that fetches the first token on first use and renews it as a login's
   * token is renewed: shortly before it expires, one fetch shared by every waiting request.
   */
  #clientKeeper(name: string, tokenUrl: string, client: ClientCredentials): TokenKeeper {
    const keeper = new TokenKeeper(undefined);
    const form: Record<string, string> = { grant_type: "client_credentials" };
    if (client.scopes && client.scopes.length > 0) form.scope = client.scopes.join(" ");
    const grant = secretGrant(`${name} token`, form, client.clientId, client.clientSecret);
    const renew = async (): Promise<void> => {
      const version = keeper.version;
      const { auth, renewAt } = await this.#fetchToken(grant, tokenUrl);
      keeper.install(version, {
        token: auth.accessToken,
        renewAt,
        expiresAt: auth.tokenExpiryTime,
        renew,
      });
    };
    // Due at once and already expired: the first request waits for the first token.
    keeper.install(keeper.claim(), { token: "", renewAt: 0, expiresAt: 0, renew });
    return keeper;
  }
}

interface ApplyStep {
  readonly name: string;
  readonly scheme: SecuritySchemeDescription;
  readonly headers: HeaderRecord;
  readonly applied: { query: string[]; secrets: string[] };
  readonly fallback: TokenKeeper;
}

const NOTHING_APPLIED: AppliedCredentials = { query: "", secrets: [] };

/**
 * A client without an API description sends its access token (if any) as a bearer token;
 * synchronously when the token is a plain string, the common case.
 */
export function applyAccessToken(
  tokens: TokenKeeper,
  headers: HeaderRecord,
): AppliedCredentials | Promise<AppliedCredentials> {
  if (headers.authorization) return NOTHING_APPLIED;
  const bearer = (token: string | undefined): AppliedCredentials => {
    if (token) headers.authorization = `Bearer ${token}`;
    return NOTHING_APPLIED;
  };
  const pending = tokens.token();
  return typeof pending === "object" ? pending.then(bearer) : bearer(pending);
}

function readSecret(source: SecretSource): string | undefined | Promise<string | undefined> {
  return typeof source === "function" ? source() : source;
}

/** btoa takes Latin-1 only: a user name or password beyond it is sent as UTF-8 (RFC 7617). */
function utf8Binary(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}
