import { type BuildContext, deref, report, text } from "./build-context.js";
import { asStringArray, isObject, jsonEqual, type JsonObject } from "../lib/json.js";
import { pointerJoin } from "../lib/json-pointer.js";
import type { OAuthFlowDef, SecurityRequirementDef, SecuritySchemeDef, SecuritySchemeKindDef } from "./types.js";

const FLOWS: readonly OAuthFlowDef["flow"][] = ["clientCredentials", "authorizationCode", "implicit", "password"];
const API_KEY_PLACES = ["header", "query", "cookie"] as const;

/**
 * The security schemes the client can apply, in spec order: HTTP bearer and basic, API keys,
 * OAuth 2 and OpenID Connect. Any other (HTTP digest, mutual TLS) is reported and left out, so
 * an operation that accepts only it is sent without credentials.
 */
export function buildSecuritySchemes(ctx: BuildContext): SecuritySchemeDef[] {
  const components = isObject(ctx.document.components) ? ctx.document.components : {};
  const declared = isObject(components.securitySchemes) ? components.securitySchemes : {};
  return Object.entries(declared).flatMap(([name, value]) => {
    const pointer = pointerJoin("#/components/securitySchemes", name);
    const scheme = deref(ctx, value);
    const built = scheme && buildScheme(scheme);
    if (!built) {
      const what =
        scheme && typeof scheme.type === "string"
          ? `${scheme.type}${typeof scheme.scheme === "string" ? ` ${scheme.scheme}` : ""}`
          : "unknown";
      report(
        ctx,
        "unsupported-security-scheme",
        pointer,
        `Security scheme "${name}" (${what}) is not one the client applies, so operations that accept only it are sent without credentials.`,
      );
      return [];
    }
    const description = text(scheme.description);
    const def: SecuritySchemeDef = { name, ...(description ? { description } : {}), specPointer: pointer, ...built };
    return [def];
  });
}

function buildScheme(scheme: JsonObject): SecuritySchemeKindDef | undefined {
  if (scheme.type === "http" && typeof scheme.scheme === "string") {
    // Auth scheme names are case-insensitive (RFC 9110 section 11.1).
    const kind = scheme.scheme.toLowerCase();
    if (kind !== "bearer" && kind !== "basic") return undefined;
    const format =
      typeof scheme.bearerFormat === "string" && kind === "bearer" ? { bearerFormat: scheme.bearerFormat } : {};
    return { kind: "http", scheme: kind, ...format };
  }
  if (scheme.type === "apiKey") {
    const place = API_KEY_PLACES.find((p) => p === scheme.in);
    return place && typeof scheme.name === "string"
      ? { kind: "apiKey", in: place, parameterName: scheme.name }
      : undefined;
  }
  if (scheme.type === "oauth2") return { kind: "oauth2", flows: buildFlows(scheme.flows) };
  if (scheme.type === "openIdConnect" && typeof scheme.openIdConnectUrl === "string")
    return { kind: "openIdConnect", openIdConnectUrl: scheme.openIdConnectUrl };
  return undefined;
}

function buildFlows(flows: unknown): OAuthFlowDef[] {
  if (!isObject(flows)) return [];
  return FLOWS.flatMap((flow) => {
    const declared = flows[flow];
    if (!isObject(declared)) return [];
    const urls = {
      ...(typeof declared.tokenUrl === "string" ? { tokenUrl: declared.tokenUrl } : {}),
      ...(typeof declared.authorizationUrl === "string" ? { authorizationUrl: declared.authorizationUrl } : {}),
    };
    return [{ flow, ...urls, scopes: isObject(declared.scopes) ? Object.keys(declared.scopes) : [] }];
  });
}

/**
 * A `security` list as alternatives. An alternative naming a scheme the client cannot apply
 * (undeclared, or unsupported and reported above) can never be met, so it is dropped; an
 * undeclared name is reported here.
 */
export function buildRequirements(
  ctx: BuildContext,
  security: unknown,
  pointer: string,
  schemes: readonly SecuritySchemeDef[],
): SecurityRequirementDef[] {
  if (!Array.isArray(security)) return [];
  const known = new Set(schemes.map((s) => s.name));
  const declared = declaredSchemeNames(ctx);
  return security.flatMap((requirement, index) => {
    if (!isObject(requirement)) return [];
    const names = Object.keys(requirement);
    for (const name of names.filter((n) => !declared.has(n))) {
      report(
        ctx,
        "unknown-security-scheme",
        pointerJoin(pointer, index),
        `Security requirement names "${name}", which components/securitySchemes does not declare, so that alternative is never met.`,
      );
    }
    if (!names.every((name) => known.has(name))) return [];
    return [names.map((scheme) => ({ scheme, scopes: asStringArray(requirement[scheme]) }))];
  });
}

/**
 * The requirements an operation states itself, when it states any that differ from the
 * document's; undefined when it inherits them.
 */
export function operationSecurity(
  ctx: BuildContext,
  operation: JsonObject,
  pointer: string,
  inherited: { readonly schemes: readonly SecuritySchemeDef[]; readonly security: readonly SecurityRequirementDef[] },
): SecurityRequirementDef[] | undefined {
  if (operation.security === undefined) return undefined;
  const own = buildRequirements(ctx, operation.security, pointerJoin(pointer, "security"), inherited.schemes);
  return jsonEqual(own, inherited.security) ? undefined : own;
}

function declaredSchemeNames(ctx: BuildContext): Set<string> {
  const components = isObject(ctx.document.components) ? ctx.document.components : {};
  return new Set(isObject(components.securitySchemes) ? Object.keys(components.securitySchemes) : []);
}
