import type { OAuthFlowDef, SecuritySchemeDef } from "../ir/types.js";
import { stringLiteral } from "./type-expr-to-string.js";

/** The client-credentials flow of an OAuth scheme with a token URL: the one flow the client runs itself. */
export function clientCredentialsFlow(scheme: SecuritySchemeDef): OAuthFlowDef | undefined {
  return scheme.kind === "oauth2" ? scheme.flows.find((f) => f.flow === "clientCredentials" && f.tokenUrl) : undefined;
}

/** An object key for a name from the spec: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  // `__proto__: x` in an object literal sets the prototype; a computed key is a plain property.
  if (name === "__proto__") return `["__proto__"]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : stringLiteral(name);
}
