import { toComponentName } from "./convert-schema.js";
import { asArray, asStringArray, isObject, pickExtensions, type JsonObject } from "../lib/json.js";

const OAUTH_FLOW_NAMES: Readonly<Record<string, string>> = {
  implicit: "implicit",
  password: "password",
  application: "clientCredentials",
  accessCode: "authorizationCode",
};

/** Converts Swagger 2.0 `securityDefinitions` to OpenAPI 3.0 `components/securitySchemes`. */
export function convertSecurityDefinitions(definitions: unknown): JsonObject {
  const schemes: JsonObject = {};
  if (!isObject(definitions)) return schemes;
  for (const [name, definition] of Object.entries(definitions)) {
    if (isObject(definition)) schemes[toComponentName(name)] = convertSecurityScheme(definition);
  }
  return schemes;
}

function convertSecurityScheme(definition: JsonObject): JsonObject {
  const description = typeof definition.description === "string" ? { description: definition.description } : {};
  const extensions = pickExtensions(definition);
  if (definition.type === "basic") return { type: "http", ...description, scheme: "basic", ...extensions };
  if (definition.type === "apiKey") {
    return {
      type: "apiKey",
      ...description,
      name: definition.name,
      in: definition.in,
      ...extensions,
    };
  }
  const flowName = OAUTH_FLOW_NAMES[String(definition.flow)] ?? String(definition.flow);
  const flow: JsonObject = {};
  if (definition.authorizationUrl !== undefined) flow.authorizationUrl = definition.authorizationUrl;
  if (definition.tokenUrl !== undefined) flow.tokenUrl = definition.tokenUrl;
  flow.scopes = isObject(definition.scopes) ? definition.scopes : {};
  return { type: "oauth2", ...description, flows: { [flowName]: flow }, ...extensions };
}

/**
 * Builds `servers` from host, basePath and schemes. A basePath of "/" is dropped because the
 * upstream paths already start with "/api/v2" and a trailing slash would double it. Without a
 * host the API is on the host serving the description, so the server is the basePath alone
 * (relative), as OpenAPI 3 reads a relative server URL. Only HTTP schemes become servers (ws
 * and wss are not), https first: the first server is the generated client's default.
 */
export function buildServers(document: JsonObject): JsonObject[] {
  const basePath = typeof document.basePath === "string" ? document.basePath.replace(/\/+$/, "") : "";
  if (typeof document.host !== "string") return basePath ? [{ url: basePath }] : [];
  const declared = asStringArray(document.schemes).filter((s) => s === "https" || s === "http");
  const schemes = declared.length > 0 ? [...new Set(declared)].sort(httpsFirst) : ["https"];
  return schemes.map((scheme) => ({ url: `${scheme}://${document.host}${basePath}` }));
}

const httpsFirst = (a: string, b: string): number => (a === b ? 0 : a === "https" ? -1 : 1);

/** Renames the schemes in `security` requirements the way their definitions were renamed. */
export function renameSecurityRequirements(security: unknown): unknown[] {
  return asArray(security).map((requirement) =>
    isObject(requirement)
      ? Object.fromEntries(Object.entries(requirement).map(([name, scopes]) => [toComponentName(name), scopes]))
      : requirement,
  );
}
