import { instanceName } from "../emit/docs/operation-example.js";
import { type ReadmeContext, callExpression, declarations, importLine } from "../emit/docs/readme-examples.js";
import { section, ts } from "../emit/docs/readme-setup-sections.js";

/**
 * The Genesys Cloud README's setup: the OAuth logins of the platform's login server, and
 * its regions. The official SDK's names (`PureCloudRegionHosts`, `setEnvironment`) work too.
 */

/** Client-credentials login and an existing token (a string or a function). */
export function authenticationSection(context: ReadmeContext): string {
  const { className } = context.resource;
  const api = instanceName(className);
  const { read } = context;
  const args = declarations(context, read);
  return section(
    "Authenticate",
    "With an OAuth client that uses the **client credentials** grant (server-side code). The client keeps the token and renews it shortly before it expires:",
    ts([
      importLine(context, ["ApiClient", className], args.types),
      "",
      'const client = new ApiClient({ environment: "mypurecloud.com" });',
      'const auth = await client.loginClientCredentialsGrant("YOUR_CLIENT_ID", "YOUR_CLIENT_SECRET");',
      "console.log(`Token valid until ${auth.tokenExpiryTimeString}`);",
      "",
      `const ${api} = new ${className}(client);`,
      ...args.lines,
      `console.log(await ${callExpression(context, read)});`,
    ]),
    "With a token you already have (from an implicit grant, PKCE, or your own login flow), pass it as a string, or as a function that the client asks before every request:",
    ts([
      importLine(context, ["ApiClient"]),
      "",
      'const client = new ApiClient({ accessToken: "YOUR_ACCESS_TOKEN" });',
      "",
      "// Or read the current token on every call, for example from the browser's session storage:",
      'const browserClient = new ApiClient({ accessToken: () => sessionStorage.getItem("genesys-token") ?? undefined });',
      "",
      "// Replace the token later, say after your app refreshed it:",
      'client.setAccessToken("THE_NEW_ACCESS_TOKEN");',
      "console.log(browserClient.basePath);",
    ]),
    "`setAccessToken` (and `clearAccessToken`) win over a login or renewal still in flight: what your app set last is used. " +
      "A renewal is tried shortly before the token expires; if it fails while the token is still valid, calls go on with it and " +
      "the renewal is tried again a few seconds later, and only a call that finds no valid token fails. " +
      "For the authorization-code flow with PKCE, `generatePKCECodeVerifier` and `computePKCECodeChallenge` make the " +
      "verifier and challenge, and `client.authorizePKCEGrant(clientId, codeVerifier, authCode, redirectUri)` trades the " +
      "code for a token; a confidential client uses `client.loginCodeAuthorizationGrant(clientId, clientSecret, authCode, redirectUri)`. " +
      "When the login server returns a refresh token, the client renews the token with it before it expires, as it does for client " +
      "credentials; `client.refreshCodeAuthorizationGrant(clientId, clientSecret, refreshToken)` starts from a refresh token you kept. " +
      "The official SDK's browser-only flows (`loginImplicitGrant` pop-ups and the `loginPKCEGrant` redirect) are out of " +
      "scope: run the redirect in your app, then hand the code or the token to the client.",
  );
}

/** Regions by name or host, and any base URL for proxies and test servers. */
export function regionSection(context: ReadmeContext): string {
  return section(
    "Pick a region",
    "Requests go to `https://api.mypurecloud.com` (US East) unless you pick another region. `PureCloudRegionHosts` names them as the official SDK does:",
    ts([
      importLine(context, ["ApiClient", "PureCloudRegionHosts"]),
      "",
      'const client = new ApiClient({ environment: PureCloudRegionHosts.eu_west_1, accessToken: "YOUR_ACCESS_TOKEN" });',
      "console.log(client.basePath); // https://api.mypurecloud.ie",
      "",
      "// A host works too, with or without the api. prefix, and can change later:",
      'client.setEnvironment("mypurecloud.de");',
      "",
      "// Any base URL, for a gateway, a proxy or a mock server:",
      'const local = new ApiClient({ basePath: "http://127.0.0.1:4010", accessToken: "test-token" });',
      "console.log(local.basePath);",
    ]),
  );
}
