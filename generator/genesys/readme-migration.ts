import { instanceName } from "../emit/docs/operation-example.js";
import { type ReadmeContext, callExpression, declarations, importLine } from "../emit/docs/readme-examples.js";
import { section, ts } from "../emit/docs/readme-setup-sections.js";

/** One difference from the official SDK: what SDK code does, and what to write here. */
export interface MigrationRow {
  /** Names the row's test. */
  readonly key: string;
  readonly sdk: string;
  readonly here: string;
}

/** Every difference from `purecloud-platform-client-v2` a migrating caller meets; each row has a test. */
export const MIGRATION_ROWS: readonly MigrationRow[] = [
  {
    key: "error-object",
    sdk: "A failed call rejects with the error body, a plain object",
    here: "It rejects with an `Error` subclass (`NotFoundError`, ...); `err.status` reads as before, and `err instanceof GenesysCloudError` catches everything the client throws",
  },
  { key: "error-code", sdk: '`err.code` (`"not.found"`)', here: "Same: `err.code`" },
  {
    key: "error-message",
    sdk: "`err.message` is the body's message",
    here: "`err.body?.message`; `err.message` adds the operation, status and correlation id",
  },
  {
    key: "error-fields",
    sdk: "`err.contextId`, `err.details`, `err.messageWithParams`",
    here: "`err.body?.contextId`, `err.body?.details`, ...; the correlation id is `err.correlationId`",
  },
  {
    key: "date-values",
    sdk: "A `Date` as a query or path value is sent as its ISO string",
    here: "Same at run time; where TypeScript types the option as `string`, pass `date.toISOString()`",
  },
  {
    key: "extended-responses",
    sdk: "`client.setReturnExtendedResponses(true)`",
    here: "Per call: `await api.method(...).withHttpInfo()` gives `{ data, status, headers, correlationId, attempts }`",
  },
  {
    key: "code-grant",
    sdk: "`client.loginCodeAuthorizationGrant(clientId, clientSecret, authCode, redirectUri)`",
    here: "Same; the token is then renewed with the refresh token before it expires",
  },
  {
    key: "refresh-on-401",
    sdk: "A code-authorization token is refreshed when a call gets 401",
    here: "Renewed shortly before it expires instead; a 401 rejects with `AuthenticationError`",
  },
  {
    key: "browser-logins",
    sdk: "`client.loginImplicitGrant(...)`, `client.loginPKCEGrant(...)` (browser redirects)",
    here: "Redirect in your app, then `client.authorizePKCEGrant(clientId, codeVerifier, authCode, redirectUri)`; its refresh token renews the token",
  },
  {
    key: "clear-token",
    sdk: "`client.clearAccessToken()`",
    here: "Same: `client.clearAccessToken()`",
  },
  {
    key: "auth-data",
    sdk: "`client.setAuthData(authData)`",
    here: "`client.setAccessToken(authData.accessToken)` (storing tokens in the browser is left to your app)",
  },
  {
    key: "logout",
    sdk: "`client.logout(redirectUri)` (browser redirect)",
    here: "`client.clearAccessToken()`, then send the browser to `https://login.<environment>/logout` yourself",
  },
  {
    key: "gateway",
    sdk: "`client.setGateway({ host, port, protocol, path_params_api, path_params_login })`",
    here: "Same: `client.setGateway({ ... })`, or `basePath` and `loginBasePath` in the options",
  },
  {
    key: "proxy-agent",
    sdk: "`client.setProxyAgent(agent)`",
    here: "`new ApiClient({ fetch: (url, init) => fetch(url, { ...init, dispatcher: new ProxyAgent(proxyUrl) }) })`, with `ProxyAgent` from undici",
  },
  {
    key: "logger",
    sdk: "`client.config.logger` settings, or its config file",
    here: "The `logger`, `logLevel` and `logBodies` options; for pino: `logger: { log: (level, message, fields) => pino[level](fields, message) }`",
  },
];

const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The migration table, and one program using the replacements (type-checked by the tests). */
export function migrationSection(context: ReadmeContext): string {
  const { className } = context.resource;
  const args = declarations(context, context.read);
  const table = [
    "| Official SDK | This package |",
    "| --- | --- |",
    ...MIGRATION_ROWS.map((row) => `| ${cell(row.sdk)} | ${cell(row.here)} |`),
  ].join("\n");
  return section(
    "Migrating from purecloud-platform-client-v2",
    "Method names and argument order follow the official SDK, and `ApiClient.instance`, `setEnvironment`, " +
      "`setAccessToken` and `PureCloudRegionHosts` work as there. These are the differences, each with its replacement:",
    table,
    ts([
      importLine(context, ["ApiClient", className, "ApiError"], args.types),
      "",
      'const client = new ApiClient({ environment: "mypurecloud.com" });',
      'client.setGateway({ host: "gateway.example.com", port: 8443, path_params_api: "api", path_params_login: "login" });',
      'await client.loginCodeAuthorizationGrant("YOUR_CLIENT_ID", "YOUR_CLIENT_SECRET", "AUTH_CODE", "https://app.example/callback");',
      `const ${instanceName(className)} = new ${className}(client);`,
      ...args.lines,
      "try {",
      `  const { data, status, correlationId } = await ${callExpression(context, context.read)}.withHttpInfo();`,
      "  console.log(status, correlationId, data);",
      "} catch (error) {",
      "  if (!(error instanceof ApiError)) throw error;",
      "  console.log(error.status, error.code, error.body?.message, error.correlationId);",
      "}",
      "client.clearAccessToken();",
    ]),
  );
}
