import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiClientOptions, ApiPromise, ApiClient as RuntimeClient } from "../../templates/runtime/index.js";
import { type SeenRequest, json, startServer } from "./echo-server.js";
import { importGenerated } from "./generated-package.js";

/** What the API echoes: the credentials it saw. */
interface Seen {
  authorization?: string;
  apiKey?: string;
  cookie?: string;
  query?: string;
}

/** The parts of the package generated from security-schemes.yaml this test calls. */
interface AuthApi {
  readonly client: RuntimeClient;
  getWithBearer(): ApiPromise<Seen>;
  getWithHeaderKey(): ApiPromise<Seen>;
  getWithQueryKey(opts?: { page?: number }): ApiPromise<Seen>;
  getWithCookieKey(opts?: { theme?: string }): ApiPromise<Seen>;
  getWithBasic(): ApiPromise<Seen>;
  postWithClientCredentials(): ApiPromise<Seen>;
  getPublic(): ApiPromise<Seen>;
}
interface SecurityPackage {
  ApiClient: new (options?: ApiClientOptions) => RuntimeClient;
  AuthApi: new (client?: RuntimeClient) => AuthApi;
}

const BEARER = "bearer-7f3a9c1e5b";
const API_KEY = "key-4d8e2b6a0c";
const PASSWORD = "pa55-word-91e7";
const CLIENT_SECRET = "client-secret-3b5d7f";

let pkg: SecurityPackage;
let server: Awaited<ReturnType<typeof startServer>>;
/** How long the fake authorization server's tokens live, in seconds. */
let tokenLifetime = 3600;
let tokensIssued = 0;

const tokenRequests = (): SeenRequest[] => server.seen.filter((r) => r.url === "/oauth/token");
const apiRequests = (): SeenRequest[] => server.seen.filter((r) => r.url.startsWith("/v1/"));

/** A client on the spec's default server, its port variable pointed at the test server. */
function api(options: ApiClientOptions = {}): AuthApi {
  return new pkg.AuthApi(new pkg.ApiClient({ serverVariables: { port: String(server.port) }, ...options }));
}

beforeAll(async () => {
  ({ module: pkg } = await importGenerated<SecurityPackage>(
    "test/fixtures/specs/security-schemes.yaml",
    "e2e-security-schemes",
  ));
  server = await startServer((req, res) => {
    if (req.url === "/oauth/token") {
      const expected = `Basic ${Buffer.from(`my-client:${CLIENT_SECRET}`).toString("base64")}`;
      if (req.headers.authorization !== expected) return json(res, 401, { message: "bad client" });
      return json(res, 200, {
        access_token: `cc-token-${++tokensIssued}`,
        expires_in: tokenLifetime,
        token_type: "bearer",
      });
    }
    const url = new URL(req.url, "http://x");
    json(res, 200, {
      authorization: req.headers.authorization,
      apiKey: req.headers["x-api-key"],
      cookie: req.headers.cookie,
      query: url.search,
    });
  });
});

afterAll(() => server.close());

beforeEach(() => {
  server.seen.length = 0;
  tokenLifetime = 3600;
});

describe("each security scheme of the spec, over a real socket", () => {
  it("HTTP bearer: the operation inherits the document's requirement", async () => {
    const seen = await api({ credentials: { bearerAuth: BEARER } }).getWithBearer();
    expect(seen.authorization).toBe(`Bearer ${BEARER}`);
    expect(apiRequests()[0]!.url).toBe("/v1/bearer");
  });

  it("API key in a header", async () => {
    const seen = await api({ credentials: { headerKey: API_KEY, bearerAuth: BEARER } }).getWithHeaderKey();
    expect(seen).toEqual({ apiKey: API_KEY, query: "" });
  });

  it("API key in the query, after the operation's own parameters", async () => {
    const seen = await api({ credentials: { queryKey: "a key/with&specials" } }).getWithQueryKey({ page: 2 });
    expect(seen.query).toBe("?page=2&api_key=a%20key%2Fwith%26specials");
    expect(seen.authorization).toBeUndefined();
  });

  it("API key in a cookie, beside the operation's own cookie", async () => {
    const seen = await api({ credentials: { cookieKey: API_KEY } }).getWithCookieKey({ theme: "dark" });
    expect(seen.cookie).toBe(`theme=dark; key=${API_KEY}`);
  });

  it("HTTP Basic", async () => {
    const seen = await api({ credentials: { basicAuth: { username: "ada", password: PASSWORD } } }).getWithBasic();
    expect(seen.authorization).toBe(`Basic ${Buffer.from(`ada:${PASSWORD}`).toString("base64")}`);
  });

  it("no credentials for an operation with `security: []`, whatever the client holds", async () => {
    const seen = await api({ credentials: { bearerAuth: BEARER, headerKey: API_KEY } }).getPublic();
    expect(seen).toEqual({ query: "" });
  });
});

describe("OAuth 2 client credentials against a fake token endpoint", () => {
  const clientCredentials = {
    clientId: "my-client",
    clientSecret: CLIENT_SECRET,
    scopes: ["things.read", "things.write"],
  };

  it("fetches one token from the spec's (relative) token URL for concurrent calls, and reuses it", async () => {
    const things = api({ credentials: { clientCredentials } });
    const seen = await Promise.all([things.postWithClientCredentials(), things.postWithClientCredentials()]);
    await things.postWithClientCredentials();
    expect(tokenRequests()).toHaveLength(1);
    expect(tokenRequests()[0]!.body).toBe("grant_type=client_credentials&scope=things.read+things.write");
    expect(tokenRequests()[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(seen.map((s) => s.authorization)).toEqual([seen[0]!.authorization, seen[0]!.authorization]);
    expect(apiRequests().every((r) => r.headers.authorization === seen[0]!.authorization)).toBe(true);
  });

  it("renews the token before the next call once it is due", async () => {
    tokenLifetime = 0;
    const things = api({ credentials: { clientCredentials } });
    const first = await things.postWithClientCredentials();
    const second = await things.postWithClientCredentials();
    expect(tokenRequests()).toHaveLength(2);
    expect(first.authorization).not.toBe(second.authorization);
    expect(second.authorization).toMatch(/^Bearer cc-token-\d+$/);
  });

  it("rejects the call with the token endpoint's 401, quoting no secret", async () => {
    const things = api({
      credentials: { clientCredentials: { ...clientCredentials, clientSecret: "wrong-secret-123" } },
    });
    const error = await things.postWithClientCredentials().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AuthenticationError", status: 401, operationId: "clientCredentials token" });
    expect(apiRequests()).toHaveLength(0);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain("wrong-secret-123");
    }
  });
});

describe("the generated client", () => {
  it("starts from the spec's first server with its variables' defaults", () => {
    expect(new pkg.AuthApi().client.basePath).toBe("http://127.0.0.1:8080/v1");
    expect(new pkg.ApiClient().basePath).toBe("http://127.0.0.1:8080/v1");
  });

  it("keeps every credential out of JSON.stringify and util.inspect of the client", () => {
    const client = new pkg.ApiClient({
      credentials: { bearerAuth: BEARER, headerKey: API_KEY, basicAuth: { username: "ada", password: PASSWORD } },
    });
    for (const text of [JSON.stringify(client), inspect(client, { depth: 10, showHidden: true })]) {
      for (const secret of [BEARER, API_KEY, PASSWORD]) expect(text).not.toContain(secret);
    }
  });
});
