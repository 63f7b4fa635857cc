import type { SecurityRequirementDef, SecuritySchemeDef, ServerDef } from "../../ir/types.js";
import { clientCredentialsFlow, propertyKey } from "../scheme-facts.js";
import { stringLiteral } from "../type-expr-to-string.js";
import { code } from "./markdown.js";

/** A server's URL with every variable at its default (`https://eu.api.example.com/v1`). */
export function defaultUrl(server: ServerDef, values: Readonly<Record<string, string>> = {}): string {
  const byName = new Map(server.variables.map((v) => [v.name, values[v.name] ?? v.default]));
  return server.url.replace(/\{([^}]+)\}/g, (slot, name: string) => byName.get(name) ?? slot).replace(/\/+$/, "");
}

/** True for a URL with a scheme, which the client can send to from anywhere. */
export function isAbsolute(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

/** A placeholder credential for `scheme`, as an example passes it. */
export function credentialExample(scheme: SecuritySchemeDef): string {
  if (scheme.kind === "apiKey") return '"YOUR_API_KEY"';
  if (scheme.kind === "http") {
    return scheme.scheme === "basic" ? '{ username: "YOUR_USERNAME", password: "YOUR_PASSWORD" }' : '"YOUR_TOKEN"';
  }
  const flow = clientCredentialsFlow(scheme);
  if (!flow) return '"YOUR_ACCESS_TOKEN"';
  const scopes = flow.scopes.length > 0 ? `, scopes: [${stringLiteral(flow.scopes[0]!)}]` : "";
  return `{ clientId: "YOUR_CLIENT_ID", clientSecret: "YOUR_CLIENT_SECRET"${scopes} }`;
}

/** `credentials: { name: <placeholder> }` for the schemes given. */
export function credentialsOption(schemes: readonly SecuritySchemeDef[]): string {
  if (schemes.length === 0) return "";
  return `credentials: { ${schemes.map((s) => `${propertyKey(s.name)}: ${credentialExample(s)}`).join(", ")} }`;
}

/** What a scheme is, in a few words of Markdown. */
export function schemeKind(scheme: SecuritySchemeDef): string {
  switch (scheme.kind) {
    case "http":
      return scheme.scheme === "basic" ? "HTTP Basic" : "HTTP bearer token";
    case "apiKey":
      return `API key in the ${code(scheme.parameterName)} ${scheme.in === "query" ? "query parameter" : scheme.in}`;
    case "oauth2": {
      const flow = clientCredentialsFlow(scheme);
      return flow ? `OAuth 2 client credentials (token URL ${code(flow.tokenUrl!)})` : "OAuth 2";
    }
    case "openIdConnect":
      return "OpenID Connect";
  }
}

/** What `credentials` takes for a scheme, in Markdown. */
export function credentialText(scheme: SecuritySchemeDef): string {
  if (scheme.kind === "http" && scheme.scheme === "basic") return "`{ username, password }`";
  if (scheme.kind === "apiKey") return "the key, or a function that returns it";
  if (clientCredentialsFlow(scheme)) {
    return "`{ clientId, clientSecret, scopes? }`: the client fetches the token, caches it and renews it before it expires; or a token you obtained";
  }
  return "a token, or a function that returns the current one";
}

/** `bearerAuth`, `oauth (read:pets)`, joined: one alternative of a requirement. */
export function requirementText(requirement: SecurityRequirementDef): string {
  return requirement
    .map((r) => (r.scopes.length > 0 ? `${code(r.scheme)} (${r.scopes.map(code).join(", ")})` : code(r.scheme)))
    .join(" and ");
}
