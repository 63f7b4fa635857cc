import type { SourceFileStructure } from "ts-morph";
import { StructureKind } from "./structure-kind.js";
import type { ApiDef, SecurityRequirementDef, SecuritySchemeDef, ServerDef } from "../ir/types.js";
import { clientCredentialsFlow, propertyKey } from "./scheme-facts.js";
import { banner } from "./emitted-file.js";
import { docText } from "./jsdoc.js";
import { stringLiteral } from "./type-expr-to-string.js";

/** The name the package exports the credentials type under (reserved against model names). */
export const CREDENTIALS_TYPE = "SecurityCredentials";

/**
 * `src/api-client.ts`: the spec's servers and security schemes as data the runtime reads, the
 * credentials each scheme takes, and the package's `ApiClient`, which starts from them. The
 * runtime stays a verbatim copy: everything particular to the spec is here.
 */
export function apiClientFile(api: ApiDef, specName: string): SourceFileStructure {
  const credentialTypes = api.securitySchemes.flatMap((s) => credentialTypeOf(s).split(" | "));
  const runtimeTypes = [...new Set(["ApiClientOptions", "ApiDescription", ...credentialTypes])].sort();
  return {
    kind: StructureKind.SourceFile,
    leadingTrivia: banner(specName),
    statements: [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: "./runtime/index.js",
        namedImports: ["ApiClient as RuntimeApiClient", ...runtimeTypes.map((t) => `type ${t}`)],
      },
      // As text: ts-morph indents a multi-line initializer as a continuation. The leading
      // newline is the blank line prettier keeps between statements.
      "\n/** Where the API is served and how it authenticates, from the API description. */\n" +
        `export const API_DESCRIPTION: ApiDescription = ${descriptionLiteral(api)};`,
      // A type literal (not an interface) has the implicit index signature the runtime's constraint needs.
      `\n/** Credentials for the API's security schemes, by scheme name. */\nexport type ${CREDENTIALS_TYPE} = ${credentialsType(api.securitySchemes)};`,
      clientClass(),
    ],
  };
}

function clientClass() {
  return {
    kind: StructureKind.Class,
    name: "ApiClient",
    isExported: true,
    extends: `RuntimeApiClient<${CREDENTIALS_TYPE}>`,
    docs: [
      "Sends this API's requests: to its first server unless you choose another, with the credentials " +
        "each operation's security requirements call for.",
    ],
    properties: [{ name: "#shared", isStatic: true, type: "ApiClient | undefined" }],
    getAccessors: [
      {
        name: "instance",
        isStatic: true,
        hasOverrideKeyword: true,
        returnType: "ApiClient",
        docs: [
          "A shared client with the API's defaults, created on first use: the classes' client when they are given none.",
        ],
        statements: ["return (ApiClient.#shared ??= new ApiClient());"],
      },
    ],
    ctors: [
      {
        parameters: [{ name: "options", type: `ApiClientOptions<${CREDENTIALS_TYPE}>`, initializer: "{}" }],
        statements: ["super(options, API_DESCRIPTION);"],
      },
    ],
  };
}

/** The runtime type of the credentials a scheme takes. */
function credentialTypeOf(scheme: SecuritySchemeDef): string {
  if (scheme.kind === "http" && scheme.scheme === "basic") return "BasicCredentials";
  return clientCredentialsFlow(scheme) ? "ClientCredentials | SecretSource" : "SecretSource";
}

function credentialsType(schemes: readonly SecuritySchemeDef[]): string {
  // No scheme, so no credentials: an empty object is all `credentials` takes.
  if (schemes.length === 0) return "Record<string, never>";
  const members = schemes.map((scheme) => {
    const about = scheme.description ? `\n   *\n   * ${docText(scheme.description).replace(/\n/g, "\n   * ")}` : "";
    const docs = about ? `  /**\n   * ${schemeLabel(scheme)}${about}\n   */` : `  /** ${schemeLabel(scheme)} */`;
    return `${docs}\n  ${propertyKey(scheme.name)}?: ${credentialTypeOf(scheme)};`;
  });
  return `{\n${members.join("\n")}\n}`;
}

function schemeLabel(scheme: SecuritySchemeDef): string {
  switch (scheme.kind) {
    case "http":
      return scheme.scheme === "basic" ? "HTTP Basic: user name and password." : "HTTP bearer token.";
    case "apiKey":
      return `API key, sent in the ${docText(scheme.parameterName)} ${scheme.in === "query" ? "query parameter" : scheme.in}.`;
    case "oauth2":
      return clientCredentialsFlow(scheme)
        ? "OAuth 2: client credentials (the client fetches and renews the token), or a token you obtained."
        : "OAuth 2 access token you obtained.";
    case "openIdConnect":
      return "OpenID Connect access token you obtained.";
  }
}

function descriptionLiteral(api: ApiDef): string {
  const servers = api.servers.map(serverLiteral);
  const schemes = api.securitySchemes.map((s) => `${propertyKey(s.name)}: ${schemeLiteral(s)}`);
  const schemeLines = schemes.length === 0 ? "{}" : `{\n${schemes.map((s) => `    ${s},`).join("\n")}\n  }`;
  return (
    `{\n  servers: [${servers.join(", ")}],\n  securitySchemes: ${schemeLines},\n` +
    `  security: ${requirementsLiteral(api.security)},\n}`
  );
}

function serverLiteral(server: ServerDef): string {
  if (server.variables.length === 0) return `{ url: ${stringLiteral(server.url)} }`;
  const variables = server.variables.map((v) => {
    const allowed = v.enum ? `, enum: [${v.enum.map(stringLiteral).join(", ")}]` : "";
    return `${propertyKey(v.name)}: { default: ${stringLiteral(v.default)}${allowed} }`;
  });
  return `{ url: ${stringLiteral(server.url)}, variables: { ${variables.join(", ")} } }`;
}

function schemeLiteral(scheme: SecuritySchemeDef): string {
  switch (scheme.kind) {
    case "http":
      return `{ type: "http", scheme: "${scheme.scheme}" }`;
    case "apiKey":
      return `{ type: "apiKey", in: "${scheme.in}", name: ${stringLiteral(scheme.parameterName)} }`;
    case "oauth2": {
      const flow = clientCredentialsFlow(scheme);
      return flow ? `{ type: "oauth2", tokenUrl: ${stringLiteral(flow.tokenUrl!)} }` : `{ type: "oauth2" }`;
    }
    case "openIdConnect":
      return `{ type: "openIdConnect" }`;
  }
}

/** `[{ oauth: ["read"] }, {}]`: the runtime's shape of a list of requirements. */
export function requirementsLiteral(requirements: readonly SecurityRequirementDef[]): string {
  const one = (r: SecurityRequirementDef) =>
    `{ ${r.map((s) => `${propertyKey(s.scheme)}: [${s.scopes.map(stringLiteral).join(", ")}]`).join(", ")} }`.replace(
      "{  }",
      "{}",
    );
  return `[${requirements.map(one).join(", ")}]`;
}
