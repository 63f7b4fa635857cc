/**
 * What an API description says about authentication, as generated code hands it to the
 * client: the security schemes by name, and which of them each operation requires.
 */
import type { ServerDescription } from "./servers.js";

/** A security scheme the client can apply. */
export type SecuritySchemeDescription =
  | { readonly type: "http"; readonly scheme: "bearer" | "basic" }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string }
  /** `tokenUrl` is the client-credentials flow's; without one, give the scheme a token you obtained. */
  | { readonly type: "oauth2"; readonly tokenUrl?: string }
  | { readonly type: "openIdConnect" };

/**
 * One way to satisfy an operation: every scheme named, each with the OAuth scopes it needs.
 * An operation lists its alternatives; `{}` among them makes credentials optional.
 */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/** The parts of an API description the client needs beside the operations. */
export interface ApiDescription {
  /** In the description's order; the first is the default. */
  readonly servers: readonly ServerDescription[];
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescription>>;
  /** The requirements of every operation that does not state its own. */
  readonly security: readonly SecurityRequirement[];
}

/** A secret (token, API key), or a function asked before every request (it does its own caching). */
export type SecretSource = string | (() => string | undefined | Promise<string | undefined>);

/** HTTP Basic credentials. */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * An OAuth client that uses the client-credentials grant: the client fetches a token from
 * the scheme's token URL on first use and renews it shortly before it expires.
 */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Asked for in the token request; without them, the authorization server picks the client's default scopes. */
  readonly scopes?: readonly string[];
}

/** What any scheme can take; generated code narrows it per scheme. */
export type Credential = SecretSource | BasicCredentials | ClientCredentials;

/** Credentials by security scheme name. */
export type CredentialMap = { readonly [scheme: string]: Credential | undefined };

/** Schemes that send `Authorization: Bearer <token>`, so they can also use the client's `accessToken`. */
export function isBearerScheme(scheme: SecuritySchemeDescription): boolean {
  return (
    (scheme.type === "http" && scheme.scheme === "bearer") ||
    scheme.type === "oauth2" ||
    scheme.type === "openIdConnect"
  );
}

/** Whether `credential` has the shape `scheme` takes; the message says what it takes otherwise. */
export function credentialProblem(
  scheme: SecuritySchemeDescription,
  credential: Credential,
): string | undefined {
  const secret = typeof credential === "string" || typeof credential === "function";
  if (scheme.type === "http" && scheme.scheme === "basic") {
    const basic = credential as Partial<BasicCredentials>;
    return !secret && typeof basic.username === "string" && typeof basic.password === "string"
      ? undefined
      : "takes { username, password }";
  }
  if (secret) return undefined;
  const client = credential as Partial<ClientCredentials>;
  if (scheme.type !== "oauth2") return "takes a string or a function that returns one";
  if (typeof client.clientId !== "string" || typeof client.clientSecret !== "string")
    return "takes a token (a string or a function) or { clientId, clientSecret }";
  return scheme.tokenUrl
    ? undefined
    : "has no client-credentials flow in the API description: give it a token instead";
}

/**
 * The requirement to apply: the first alternative whose every scheme has a credential. When
 * none has, the request goes without credentials and the server's answer (401) says why;
 * an optional `{}` alternative is only taken after every other, so credentials you set are sent.
 */
export function pickRequirement(
  requirements: readonly SecurityRequirement[],
  has: (scheme: string) => boolean,
): readonly string[] {
  for (const requirement of requirements) {
    const schemes = Object.keys(requirement);
    if (schemes.length > 0 && schemes.every(has)) return schemes;
  }
  return [];
}
